/**
 * Destination catalog: one entry per payload contract in destinations.md section 5.
 * Meta Custom Audience add/remove share one body, so they are one destination; the use case
 * picks the method via requestMethod().
 */
import { metaCustomAudienceSchema } from './schemas/meta-custom-audience.ts';
import { metaCapiSchema } from './schemas/meta-capi.ts';
import { googleCustomerMatchSchema } from './schemas/google-customer-match.ts';
import { tiktokAudienceSchema } from './schemas/tiktok-audience.ts';
import { warehouseEventsSchema } from './schemas/warehouse-events.ts';
import { analyticsTrackSchema } from './schemas/analytics-track.ts';
import { webhookSchema } from './schemas/webhook.ts';

export type DestinationId =
  | 'meta_custom_audience'
  | 'meta_capi'
  | 'google_customer_match'
  | 'tiktok_audience'
  | 'warehouse_events'
  | 'analytics_track'
  | 'webhook';

export type DestinationKind = 'ads_audience' | 'ads_conversion' | 'warehouse' | 'analytics' | 'webhook';

export type HttpMethod = 'POST' | 'DELETE' | 'PUT';

export type Destination = {
  id: DestinationId;
  label: string;
  kind: DestinationKind;
  /** `<id>@<docs month>`; bump when the contract changes. */
  schemaVersion: string;
  /** JSON Schema draft 2020-12. */
  schema: object;
  method: HttpMethod;
  /** `{name}` placeholders are filled by the user in the Customer.io action (not Liquid). */
  urlTemplate: string;
  headers: Array<{ name: string; value: string; secret?: boolean }>;
  /** Checked against the UTF-8 byte length of the rendered payload. */
  maxPayloadBytes: number;
  /** Date of the vendor docs the contract was written against. */
  docsDate: string;
  deliveryNotes: string[];
};

const JSON_CONTENT_TYPE = { name: 'Content-Type', value: 'application/json' };

export const DESTINATIONS: readonly Destination[] = [
  {
    id: 'meta_custom_audience',
    label: 'Meta — Custom Audience users (add / remove)',
    kind: 'ads_audience',
    schemaVersion: 'meta_custom_audience@2025-10',
    schema: metaCustomAudienceSchema,
    method: 'POST',
    urlTemplate: 'https://graph.facebook.com/{ver}/{custom_audience_id}/users',
    headers: [JSON_CONTENT_TYPE, { name: 'Authorization', value: 'Bearer {access_token}', secret: true }],
    // Meta documents rows (10,000), not bytes; this cap is ours — verify.
    maxPayloadBytes: 10_000_000,
    docsDate: '2025-10',
    deliveryNotes: [
      'POST adds people; DELETE with the same body removes them.',
      'Max 10,000 rows per request; audience changes take up to ~24 h.',
      'Audiences with operation_status 471 reject edits (error 100, subcode 1713230) until fixed in Audience Manager.',
      'Multi-key rows follow `schema` column order; send "" for unknown cells. EXTERN_ID and MADID are not hashed.',
      'Upload sessions report num_received / num_matched / num_invalid_entries — show as match feedback.',
      'Byte cap is our own conservative limit (Meta documents rows, not bytes) — verify.',
    ],
  },
  {
    id: 'meta_capi',
    label: 'Meta — Conversions API event',
    kind: 'ads_conversion',
    schemaVersion: 'meta_capi@2025-10',
    schema: metaCapiSchema,
    method: 'POST',
    urlTemplate: 'https://graph.facebook.com/{ver}/{pixel_id}/events',
    headers: [JSON_CONTENT_TYPE, { name: 'Authorization', value: 'Bearer {access_token}', secret: true }],
    maxPayloadBytes: 2_000_000,
    docsDate: '2025-10',
    deliveryNotes: [
      'event_time is Unix seconds and at most 7 days old — one stale event fails the whole request.',
      'Winback triggers must send "now", not the last-purchase date.',
      'Dedup: same event_name + event_id within 48 h; a browser copy within ~5 min wins.',
      'client_user_agent and event_source_url are required when action_source is "website".',
      'Batch limit commonly quoted as 1,000 events — verify. Byte cap is ours — verify.',
    ],
  },
  {
    id: 'google_customer_match',
    label: 'Google Ads — Customer Match (OfflineUserDataJob)',
    kind: 'ads_audience',
    schemaVersion: 'google_customer_match@2025-10',
    schema: googleCustomerMatchSchema,
    method: 'POST',
    urlTemplate: 'https://googleads.googleapis.com/{ver}/customers/{customer_id}/offlineUserDataJobs/{job_id}:addOperations',
    headers: [
      JSON_CONTENT_TYPE,
      { name: 'Authorization', value: 'Bearer {access_token}', secret: true },
      { name: 'developer-token', value: '{developer_token}', secret: true },
      { name: 'login-customer-id', value: '{login_customer_id}' },
    ],
    maxPayloadBytes: 4_000_000,
    docsDate: '2025-10',
    deliveryNotes: [
      'Flow: create job → addOperations → run → poll. Jobs can take 6 h+; matching up to 48 h; list size can read 0 for hours.',
      'Each UserIdentifier carries exactly one identifier; setting two silently keeps only the last.',
      'Max 20 identifiers per UserData, 100,000 per request (~10,000 recommended).',
      'Phones are E.164 with "+" before hashing; country and postal code are sent unhashed.',
      'EEA uploads need consent signals — verify field names.',
      'Byte cap is ours — verify.',
    ],
  },
  {
    id: 'tiktok_audience',
    label: 'TikTok — audience segment mapping',
    kind: 'ads_audience',
    schemaVersion: 'tiktok_audience@2025-09',
    schema: tiktokAudienceSchema,
    method: 'POST',
    urlTemplate: 'https://business-api.tiktok.com/open_api/v1.3/segment/mapping/',
    headers: [JSON_CONTENT_TYPE, { name: 'Access-Token', value: '{access_token}', secret: true }],
    maxPayloadBytes: 1_000_000,
    docsDate: '2025-09',
    deliveryNotes: [
      'action "add" adds, "delete" removes — same endpoint and method.',
      'Failures come back as HTTP 200 with body.code != 0: read the body, not only the status.',
      'Customer-file audiences need ≥ 1,000 entries and 24–48 h to build.',
      'Normalisation guidance is unstable across TikTok pages (+tag, dots) — verify.',
      'Auth header name per TikTok Business API — verify. 1 MB cap follows Tealium\'s batching.',
    ],
  },
  {
    id: 'warehouse_events',
    label: 'Warehouse — events table row',
    kind: 'warehouse',
    schemaVersion: 'warehouse_events@v1',
    schema: warehouseEventsSchema,
    method: 'POST',
    urlTemplate: '{warehouse_ingest_url}',
    headers: [JSON_CONTENT_TYPE, { name: 'Authorization', value: 'Bearer {ingest_token}', secret: true }],
    maxPayloadBytes: 1_000_000,
    docsDate: '2025-10',
    deliveryNotes: [
      'event_id must be deterministic: same on retry, new on journey re-entry.',
      'Do not rely on BigQuery insertId dedupe (best-effort, ~1 minute); MERGE … ON event_id instead.',
      'Segment-style loaders truncate strings at 512 characters and infer types from the first value.',
    ],
  },
  {
    id: 'analytics_track',
    label: 'Analytics — Segment-style track call',
    kind: 'analytics',
    schemaVersion: 'analytics_track@2025-10',
    schema: analyticsTrackSchema,
    method: 'POST',
    urlTemplate: 'https://api.segment.io/v1/track',
    headers: [JSON_CONTENT_TYPE, { name: 'Authorization', value: 'Basic {base64(write_key:)}', secret: true }],
    maxPayloadBytes: 32_000,
    docsDate: '2025-10',
    deliveryNotes: [
      'Max 32 KB per call (clients use 32,000 bytes) and 500 KB per batch.',
      'An oversize single call can get HTTP 200 and be silently dropped.',
      'messageId is the dedupe key: keep it stable across retries.',
      'timestamp is corrected as receivedAt − (sentAt − originalTimestamp).',
    ],
  },
  {
    id: 'webhook',
    label: 'Generic webhook (default envelope)',
    kind: 'webhook',
    schemaVersion: 'webhook@v1',
    schema: webhookSchema,
    method: 'POST',
    urlTemplate: '{webhook_url}',
    headers: [JSON_CONTENT_TYPE],
    maxPayloadBytes: 1_000_000,
    docsDate: '2025-10',
    deliveryNotes: [
      'Our envelope, not a vendor contract: event_id lets the receiver dedupe retries.',
      'Customer.io reporting webhooks: 4 s timeout, retries up to 7 days with backoff (action retry behaviour unverified).',
      'Braze: 90 s timeout; 408/429/5xx retried 5 times in ~30 min. Census: 429/5xx 7 tries. Hightouch: retries rejected rows every run.',
      'Byte cap is ours — verify against the receiver.',
    ],
  },
];

const BY_ID = new Map<string, Destination>(DESTINATIONS.map((d) => [d.id, d]));

export function getDestination(id: string): Destination | undefined {
  return BY_ID.get(id);
}

export function isDestinationId(id: string): id is DestinationId {
  return BY_ID.has(id);
}

/**
 * HTTP method for an add or remove use case. Only Meta Custom Audience removes by method
 * (DELETE, same body); TikTok and Google remove through the body (action / remove operation).
 */
export function requestMethod(id: DestinationId, operation: 'add' | 'remove'): HttpMethod {
  if (id === 'meta_custom_audience' && operation === 'remove') return 'DELETE';
  return BY_ID.get(id)?.method ?? 'POST';
}
