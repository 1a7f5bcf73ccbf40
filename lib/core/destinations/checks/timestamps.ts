import { finding, type Finding } from './check-helpers.ts';

const MS_THRESHOLD = 1e12; // 1e12 ms = 2001-09-09; as seconds it would be year 33658

/** Hint for a timestamp field that should be ISO 8601 but was rendered as a Unix number. */
export function checkIsoTimestamp(value: unknown, path: string, now: number): Finding[] {
  const asNumber = typeof value === 'number' ? value : typeof value === 'string' && /^\d{9,13}$/.test(value) ? Number(value) : undefined;
  if (asNumber !== undefined) {
    const unit = asNumber >= MS_THRESHOLD ? 'milliseconds' : 'seconds';
    return [finding('timestamp-not-iso', 'error', path,
      `looks like a Unix timestamp in ${unit} (${value}); render an ISO 8601 date-time such as 2025-01-31T12:00:00Z`, true)];
  }
  if (typeof value !== 'string') return [];
  const t = Date.parse(value);
  if (Number.isNaN(t)) return [];
  if (t > now + 24 * 3600_000) return [finding('timestamp-future', 'warning', path, `is more than a day in the future (${value})`)];
  if (t < Date.UTC(2000, 0, 1)) return [finding('timestamp-implausible', 'warning', path, `is before the year 2000 (${value}); a missing value rendered as 0?`)];
  return [];
}

export function isMilliseconds(n: number): boolean {
  return n >= MS_THRESHOLD;
}
