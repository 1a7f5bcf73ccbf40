import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** sha256("") — a hash of nothing matches nobody and leaks that the field was blank. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const SHA256_HEX = /^[a-f0-9]{64}$/;
const SHA256_HEX_ANY_CASE = /^[a-fA-F0-9]{64}$/;

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text` (pure, no node:crypto). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/** 64 hex chars in any case: a hash, but vendors want lowercase. */
export function looksLikeSha256(value: unknown): boolean {
  return typeof value === 'string' && SHA256_HEX_ANY_CASE.test(value);
}

export function utf8ByteLength(text: string): number {
  return utf8ToBytes(text).length;
}
