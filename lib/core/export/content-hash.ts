import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Sample } from '../sample.ts';
import { canonicalJson } from './canonical-json.ts';

export type ContentHashInput = {
  template: string;
  condition: string;
  samples: Sample[];
  useCase: string;
  destination: string;
  settings: unknown;
};

/**
 * Identity of an immutable version: sha256 (lowercase hex) of the canonical JSON of exactly
 * these six fields. Approvals and exports are stamped with it, so any edit changes it.
 * Extra properties on `def` are ignored on purpose: metadata must not change the hash.
 */
export function contentHash(def: ContentHashInput): string {
  const { template, condition, samples, useCase, destination, settings } = def;
  const text = canonicalJson({ template, condition, samples, useCase, destination, settings });
  return bytesToHex(sha256(utf8ToBytes(text)));
}
