/**
 * Customer.io array helpers liquidjs lacks (docs §5.5): limit, where_not, json_array_uniq, the
 * `contains` filter, and `random`. The preview is deterministic, so `random` picks the first item.
 */
import type { FilterImplOptions } from 'liquidjs';
import { toValue } from 'liquidjs';
import { asArray, asNumber, asText, propertyOf } from './values.ts';

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a !== null && b !== null && typeof a !== 'object' && String(a) === String(b));
}

export const COLLECTION_FILTERS: Record<string, FilterImplOptions> = {
  limit: (value: unknown, count: unknown) => asArray(value).slice(0, Math.max(0, Math.trunc(asNumber(count)))),
  where_not: (value: unknown, key: unknown, expected?: unknown) => {
    const k = asText(key);
    return asArray(value).filter((item) =>
      expected === undefined ? !propertyOf(item, k) : !sameValue(propertyOf(item, k), toValue(expected)),
    );
  },
  json_array_uniq: (value: unknown, key?: unknown) => {
    const seen = new Set<string>();
    return asArray(value).filter((item) => {
      const id = JSON.stringify(key === undefined ? item : propertyOf(item, asText(key))) ?? 'undefined';
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  },
  contains: (value: unknown, needle: unknown) => {
    const v = toValue(value);
    const n = toValue(needle);
    if (Array.isArray(v)) return v.some((item) => sameValue(item, n));
    if (typeof v === 'string') return v.includes(asText(n));
    return false;
  },
  /** Stand-in: always the first item (or 0 for a number) so re-renders match. */
  random: (value: unknown) => {
    const v = toValue(value);
    if (Array.isArray(v)) return v[0];
    if (typeof v === 'number') return 0;
    return asText(v).charAt(0);
  },
};
