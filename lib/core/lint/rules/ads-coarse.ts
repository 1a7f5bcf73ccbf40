import type { Diagnostic } from '../../diagnostics.ts';
import { walkMembers } from '../json-walk.ts';
import { rangeOfJsonKey } from '../template-text.ts';
import type { OperatorLintRule } from '../types.ts';

const MAX_TAGS = 3;

/** Keys that carry the request structure, identifiers or payload metadata, not tags. */
const NOT_TAGS = new Set([
  // metadata
  'schema_version', 'reason', 'event_id', 'dedupe_key',
  // Meta Custom Audience
  'payload', 'schema', 'data', 'app_ids', 'page_ids',
  // Google Customer Match
  'operations', 'create', 'remove', 'removeAll', 'userIdentifiers', 'enablePartialFailure', 'validateOnly',
  'hashedEmail', 'hashedPhoneNumber', 'mobileId', 'thirdPartyUserId', 'addressInfo',
  'hashedFirstName', 'hashedLastName', 'countryCode', 'postalCode',
  // TikTok
  'advertiser_ids', 'action', 'id_schema', 'batch_data', 'audience_ids', 'id',
  // common identifier names
  'email', 'phone', 'email_sha256', 'phone_sha256', 'external_id', 'em', 'ph', 'user_id', 'customer_id',
]);

/**
 * Seed: "Keep ads audiences coarse": identifiers plus 1-3 tags. Big nested payloads to an
 * endpoint that needs two fields add failure risk for no gain.
 */
export const adsCoarseRule: OperatorLintRule = {
  code: 'lint/ads-coarse',
  run(ctx) {
    if (ctx.destination?.kind !== 'ads_audience' || ctx.parsed.length === 0) return [];
    const tags = new Set<string>();
    for (const p of ctx.parsed) walkMembers(p.value, (hit) => { if (!NOT_TAGS.has(hit.key)) tags.add(hit.key); });
    if (tags.size <= MAX_TAGS) return [];
    const list = [...tags];
    const extra = list.slice(MAX_TAGS);
    const diagnostic: Diagnostic = {
      source: 'lint', code: 'lint/ads-coarse', severity: 'warning', target: 'template',
      range: rangeOfJsonKey(ctx.template, extra[0]) ?? rangeOfJsonKey(ctx.template, list[0]),
      message: `Ad audience payload carries ${tags.size} tags (${list.join(', ')}); keep it to identifiers plus at most ${MAX_TAGS} tags and send the rich context to the warehouse instead.`,
    };
    return [diagnostic];
  },
};
