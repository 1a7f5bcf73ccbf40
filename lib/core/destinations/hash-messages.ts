import { EMPTY_SHA256, looksLikeSha256 } from './sha256-hex.ts';

/** Explain why a value that should be a SHA-256 hash is not one, with the likely cause. */
export function describeBadHash(value: unknown): string {
  const want = 'must be a SHA-256 hash (64 lowercase hex characters)';
  if (typeof value !== 'string') return `${want}, got ${value === null ? 'null' : typeof value}`;
  if (value === '') return `${want}, got an empty string — drop the field instead`;
  if (value === EMPTY_SHA256) return 'is sha256("") — the hash of an empty value matches nobody; drop the field instead';
  if (looksLikeSha256(value)) return `${want}: use lowercase hex`;
  if (value.includes('@')) return `${want}, got what looks like a plain email address — hash the normalised value`;
  if (/^\+?[\d\s().-]{7,}$/.test(value)) return `${want}, got what looks like a plain phone number — hash the normalised value`;
  const trimmed = value.trim();
  if (trimmed !== value && looksLikeSha256(trimmed)) return `${want}: remove surrounding whitespace`;
  return `${want}, got ${value.length} characters`;
}
