/**
 * Customer.io money/number formatting (docs §5.5): `1234567.896 | currency` → `$1,234,567.90`,
 * `| currency: 'en', 'EUR'` → `€1,234,567.90`, `10000 | format_number` → `10,000`.
 * Intl does the locale work, so the browser and the server agree.
 */
import type { FilterImplOptions } from 'liquidjs';
import { asNumber, asText } from './values.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      throw new Error(`unknown locale or currency "${locale}" ${options.currency ?? ''}`.trim());
    }
    formatters.set(key, f);
  }
  return f;
}

function localeOf(arg: unknown, fallback: string): string {
  const text = asText(arg).trim();
  return text === '' ? fallback : text;
}

function currency(value: unknown, locale?: unknown, code?: unknown, digits?: number): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: localeOf(code, 'USD').toUpperCase() };
  if (digits !== undefined) {
    options.minimumFractionDigits = digits;
    options.maximumFractionDigits = digits;
  }
  return formatter(localeOf(locale, 'en-US'), options).format(asNumber(value));
}

export const NUMBER_FILTERS: Record<string, FilterImplOptions> = {
  currency: (value: unknown, locale?: unknown, code?: unknown) => currency(value, locale, code),
  rounded_currency: (value: unknown, locale?: unknown, code?: unknown) => currency(value, locale, code, 0),
  format_number: (value: unknown, locale?: unknown) =>
    formatter(localeOf(locale, 'en-US'), { maximumFractionDigits: 20 }).format(asNumber(value)),
};
