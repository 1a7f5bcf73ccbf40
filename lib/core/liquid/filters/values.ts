/** Small coercions shared by the Customer.io filters, mirroring liquidjs' own stringify rules. */
import { toValue } from 'liquidjs';
import type { Context, FilterImplOptions, Liquid } from 'liquidjs';

/** `this` inside a filter (liquidjs does not export the type). */
export type FilterImpl = { context: Context; token: unknown; liquid: Liquid };
export type { FilterImplOptions };

export function asText(value: unknown): string {
  const v = toValue(value);
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(asText).join('');
  return String(v);
}

export function asNumber(value: unknown): number {
  const v = toValue(value);
  if (typeof v === 'number') return v;
  const n = Number(asText(v).trim());
  return Number.isFinite(n) ? n : 0;
}

export function asArray(value: unknown): unknown[] {
  const v = toValue(value);
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return [];
  return [v];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Reads `item[key]` for objects, used by where_not / json_array_uniq. */
export function propertyOf(item: unknown, key: string): unknown {
  return isPlainObject(item) ? item[key] : undefined;
}
