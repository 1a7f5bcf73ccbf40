/**
 * Hashing and encoding filters (docs §5.5). liquidjs' own sha256/hmac_sha256 use node:crypto in the
 * node build, so all digests go through @noble/hashes to give the browser preview the same bytes.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { hmac } from '@noble/hashes/hmac.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { FilterImplOptions } from 'liquidjs';
import { base64ToBytes, bytesToBase64, toUrlSafe } from './base64.ts';
import { asText } from './values.ts';

type Digest = Parameters<typeof hmac>[0];

const digestFilter = (hash: Digest) => (value: unknown) => bytesToHex(hash(utf8ToBytes(asText(value))));
const hmacFilter = (hash: Digest) => (value: unknown, key: unknown) =>
  bytesToHex(hmac(hash, utf8ToBytes(asText(key)), utf8ToBytes(asText(value))));

function decodeText(value: unknown): string {
  return new TextDecoder().decode(base64ToBytes(asText(value)));
}

export const HASH_FILTERS: Record<string, FilterImplOptions> = {
  md5: digestFilter(md5),
  sha1: digestFilter(sha1),
  sha256: digestFilter(sha256),
  hmac_sha1: hmacFilter(sha1),
  hmac_sha256: hmacFilter(sha256),
  hex_base64: (value: unknown) => {
    const hex = asText(value).trim();
    if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new Error('hex_base64 expects a hex string');
    return bytesToBase64(hexToBytes(hex));
  },
  base64: (value: unknown) => bytesToBase64(utf8ToBytes(asText(value))),
  base64_encode: (value: unknown) => bytesToBase64(utf8ToBytes(asText(value))),
  base64_decode: decodeText,
  base64_url_safe_encode: (value: unknown) => toUrlSafe(bytesToBase64(utf8ToBytes(asText(value)))),
  base64_url_safe_decode: decodeText,
};
