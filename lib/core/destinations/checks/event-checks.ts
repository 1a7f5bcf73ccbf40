import { asObject, emptyHashFinding, finding, isEmptyHash, type DestinationCheck, type Finding } from './check-helpers.ts';
import { checkIsoTimestamp } from './timestamps.ts';

/** Warehouse row: empty-value hash and Unix-number timestamps (destinations.md 5.6). */
export const checkWarehouseEvents: DestinationCheck = ({ payload, now }) => {
  const row = asObject(payload);
  if (!row) return [];
  const out: Finding[] = [];
  if (isEmptyHash(row.email_sha256)) out.push(emptyHashFinding('/email_sha256'));
  out.push(...checkIsoTimestamp(row.occurred_at, '/occurred_at', now));
  return out;
};

/** Track call: dedupe key present and ISO timestamp (destinations.md 5.7). */
export const checkAnalyticsTrack: DestinationCheck = ({ payload, now }) => {
  const call = asObject(payload);
  if (!call) return [];
  const out: Finding[] = [];
  if (call.messageId === undefined) {
    out.push(finding('missing-message-id', 'warning', '',
      'has no messageId; set one that stays the same across retries so the collector can deduplicate'));
  }
  if (call.timestamp !== undefined) out.push(...checkIsoTimestamp(call.timestamp, '/timestamp', now));
  return out;
};

/** Generic envelope: event_id usable for dedupe, ISO timestamp (destinations.md 5.8). */
export const checkWebhook: DestinationCheck = ({ payload, now }) => {
  const env = asObject(payload);
  if (!env) return [];
  const out: Finding[] = [];
  if (env.event_id === '') {
    out.push(finding('empty-event-id', 'error', '/event_id', 'is empty; the receiver cannot deduplicate retries'));
  }
  out.push(...checkIsoTimestamp(env.occurred_at, '/occurred_at', now));
  return out;
};
