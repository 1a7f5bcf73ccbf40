import type { Diagnostic } from '../../diagnostics.ts';
import type { LintContext, OperatorLintRule } from '../types.ts';
import { firstHashRange, normalisationFindings } from './identifier-normalisation.ts';

const CODE = 'lint/identifiers';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const HEX64 = /^[a-f0-9]{64}$/;
const EMAIL = /^[^\s@"]+@[^\s@"]+\.[^\s@"]+$/;
const DEDUPE_KEYS = new Set(['event_id', 'dedupe_key', 'messageId']);

function isAds(ctx: LintContext): boolean {
  return ctx.destination?.kind === 'ads_audience' || ctx.destination?.kind === 'ads_conversion';
}

/** Hashed identifiers and plain emails in a rendered payload, ignoring the dedupe key. */
function scan(value: unknown): { hashes: number; plainEmails: string[] } {
  const acc = { hashes: 0, plainEmails: [] as string[] };
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (HEX64.test(v) && v !== EMPTY_SHA256) acc.hashes++;
      else if (EMAIL.test(v.trim())) acc.plainEmails.push(v);
    } else if (Array.isArray(v)) {
      v.forEach(visit);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!DEDUPE_KEYS.has(k)) visit(x);
    }
  };
  visit(value);
  return acc;
}

/**
 * Canonical identifiers (seed: "Identifier strategy"): ads destinations need normalised, hashed
 * email/phone and must never receive sha256("") or a plain email; every destination hashing an
 * identifier must trim/lowercase first.
 */
export const identifiersRule: OperatorLintRule = {
  code: CODE,
  run(ctx) {
    const out: Diagnostic[] = normalisationFindings(ctx.template, ctx.destinationId);
    const range = firstHashRange(ctx.template);
    for (const p of ctx.parsed) {
      if (p.text.includes(EMPTY_SHA256)) {
        out.push({ source: 'lint', code: CODE, severity: 'error', target: 'template', range, sampleId: p.sampleId,
          message: `The payload contains sha256("") (${EMPTY_SHA256.slice(0, 8)}…): an empty identifier was hashed and the platform would treat it as a real person. Wrap the hash in {% if customer.email != blank %}.` });
      }
      if (!isAds(ctx)) continue;
      const { hashes, plainEmails } = scan(p.value);
      if (hashes === 0) {
        out.push({ source: 'lint', code: CODE, severity: 'warning', target: 'template', range, sampleId: p.sampleId,
          message: 'No hashed email or phone in this payload: the ad platform cannot match this person. Send a normalised, SHA-256 hashed email and/or phone.' });
      }
      if (plainEmails.length) {
        out.push({ source: 'lint', code: CODE, severity: 'warning', target: 'template', sampleId: p.sampleId,
          range,
          message: `An unhashed email (${JSON.stringify(plainEmails[0])}) is sent to an ad platform: hash it with | strip | downcase | sha256.` });
      }
    }
    return out;
  },
};
