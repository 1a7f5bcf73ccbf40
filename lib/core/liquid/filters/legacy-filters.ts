/**
 * Where legacy (Ruby Liquid 2.5 + Customer.io) output differs from latest in a known way (docs §5.6,
 * §8.4), the legacy engine gets these replacements: integer division, Ruby's HTML entities, no
 * `json`/`to_json` (Ruby's lax mode ignores an unknown filter and passes the value on), and
 * hashes printed the Ruby way.
 */
import { toValue } from 'liquidjs';
import type { FilterImplOptions } from 'liquidjs';
import { rubyEscapeHtml } from './text-filters.ts';
import { asNumber, isPlainObject } from './values.ts';

function rubyDivide(value: unknown, divisor: unknown): number {
  const a = asNumber(value);
  const b = asNumber(divisor);
  const isInteger = Number.isInteger(a) && Number.isInteger(b);
  if (b === 0 && isInteger) throw new Error('divided by 0');
  return isInteger ? Math.floor(a / b) : a / b;
}

export const LEGACY_FILTERS: Record<string, FilterImplOptions> = {
  divided_by: rubyDivide,
  escape: rubyEscapeHtml,
  json: (value: unknown) => value,
  to_json: (value: unknown) => value,
};

/** Ruby's Hash#inspect / Array#inspect / String#inspect, as legacy prints objects. */
export function rubyInspect(value: unknown): string {
  const v = toValue(value);
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(rubyInspect).join(', ')}]`;
  if (isPlainObject(v)) {
    return `{${Object.entries(v)
      .map(([k, item]) => `${JSON.stringify(k)}=>${rubyInspect(item)}`)
      .join(', ')}}`;
  }
  return String(v);
}

/** liquidjs `outputEscape` hook for the legacy engine: only objects print differently. */
export function legacyOutput(value: unknown): unknown {
  const v = toValue(value);
  if (isPlainObject(v)) return rubyInspect(v);
  if (Array.isArray(v) && v.some(isPlainObject)) return v.map((item) => (isPlainObject(item) ? rubyInspect(item) : item));
  return value;
}
