import { META_CAPI_HASHED_USER_FIELDS } from '../schemas/meta-capi.ts';
import { asArray, asObject, checkEmptyHashes, finding, type DestinationCheck, type Finding } from './check-helpers.ts';
import { isMilliseconds } from './timestamps.ts';

const MAX_AGE_SECONDS = 7 * 24 * 3600;
const FUTURE_TOLERANCE_SECONDS = 5 * 60;
const BATCH_LIMIT = 1000; // commonly quoted, unverified (destinations.md 5.3)
const STRONG_IDS = ['em', 'ph', 'external_id', 'fbc', 'fbp'];

function checkEventTime(t: unknown, path: string, nowSec: number): Finding[] {
  if (typeof t !== 'number' || !Number.isFinite(t)) return [];
  if (isMilliseconds(t)) {
    return [finding('timestamp-milliseconds', 'error', path,
      `looks like milliseconds (${t}); Meta wants Unix seconds — divide by 1000 (e.g. {{ 'now' | date: '%s' }})`, true)];
  }
  const age = nowSec - t;
  if (age > MAX_AGE_SECONDS) {
    const days = Math.floor(age / 86400);
    return [finding('event-too-old', 'error', path,
      `is ${days} days old; Meta rejects events older than 7 days and one stale event fails the whole request — send the time the trigger fired, not e.g. the last purchase date`)];
  }
  if (-age > FUTURE_TOLERANCE_SECONDS) {
    return [finding('event-in-future', 'warning', path, `is ${Math.round(-age / 60)} minutes in the future; Meta may reject it`)];
  }
  return [];
}

/** Event age, seconds vs milliseconds, dedupe key and empty hashes (destinations.md 5.3). */
export const checkMetaCapi: DestinationCheck = ({ payload, now }) => {
  const events = asArray(asObject(payload)?.data);
  if (!events) return [];
  const out: Finding[] = [];
  const nowSec = Math.floor(now / 1000);
  if (events.length > BATCH_LIMIT) {
    out.push(finding('batch-too-large', 'warning', '/data',
      `has ${events.length} events; Meta's batch limit is commonly quoted as ${BATCH_LIMIT} (verify)`));
  }
  events.forEach((raw, i) => {
    const ev = asObject(raw);
    if (!ev) return;
    const base = `/data/${i}`;
    out.push(...checkEventTime(ev.event_time, `${base}/event_time`, nowSec));
    if (ev.event_id === undefined) {
      out.push(finding('missing-event-id', 'warning', base,
        'has no event_id; without it Meta cannot deduplicate retries or browser/server copies'));
    }
    const user = asObject(ev.user_data);
    if (!user) return;
    out.push(...checkEmptyHashes(user, [...META_CAPI_HASHED_USER_FIELDS, 'external_id'], `${base}/user_data`));
    const hasStrong = STRONG_IDS.some((k) => user[k] !== undefined);
    const hasIpAndAgent = user.client_ip_address !== undefined && user.client_user_agent !== undefined;
    if (Object.keys(user).length > 0 && !hasStrong && !hasIpAndAgent) {
      out.push(finding('weak-identifiers', 'warning', `${base}/user_data`,
        'has no strong identifier (em, ph, external_id, fbc, fbp, or client_ip_address + client_user_agent); Meta may drop the event as unmatchable'));
    }
  });
  return out;
};
