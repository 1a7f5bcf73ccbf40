/**
 * Dates (docs §5.5, §5.6, §5.7): `date` with the render's fixed "now", Customer.io calendar
 * arithmetic on unix seconds (add_day ... subtract_year), and the legacy `timezone` filter, whose
 * numeric offsets are hours (latest `date: fmt, tz` takes minutes, liquidjs' sign convention).
 */
import { Drop, filters as builtIn } from 'liquidjs';
import type { FilterImplOptions } from 'liquidjs';
import type { FilterImpl } from './values.ts';
import { stateOf } from '../render-state.ts';
import { asText } from './values.ts';

/** A point in time pinned to a zone by `timezone`; prints as unix seconds, `date` formats it in the zone. */
export class ZonedTime extends Drop {
  constructor(
    readonly epochSeconds: number,
    readonly zone: string | number,
  ) {
    super();
  }
  valueOf(): number {
    return this.epochSeconds;
  }
}

type DateFilter = (this: FilterImpl, value: unknown, format?: unknown, zone?: unknown) => unknown;
const baseDate = builtIn.date as DateFilter;

function nowSeconds(impl: FilterImpl): number {
  return (stateOf(impl.context)?.nowMs ?? Date.now()) / 1000;
}

/** Unix seconds of a filter input, or undefined when it is not a time. */
export function toEpochSeconds(impl: FilterImpl, value: unknown): number | undefined {
  if (value instanceof ZonedTime) return value.epochSeconds;
  if (value instanceof Date) return value.getTime() / 1000;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = asText(value).trim();
  if (text === 'now' || text === 'today') return nowSeconds(impl);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

const date: DateFilter = function date(value, format, zone) {
  if (value instanceof ZonedTime) return baseDate.call(this, value.epochSeconds, format, zone ?? value.zone);
  if (value === 'now' || value === 'today') return baseDate.call(this, nowSeconds(this), format, zone);
  return baseDate.call(this, value, format, zone);
};

type Unit = 'day' | 'month' | 'year';

function shift(impl: FilterImpl, value: unknown, unit: Unit, amount: unknown): unknown {
  const seconds = toEpochSeconds(impl, value);
  if (seconds === undefined) return value;
  const n = amount === undefined ? 1 : Math.trunc(Number(amount));
  if (!Number.isFinite(n)) throw new Error(`add_${unit}/subtract_${unit} expects a whole number, got "${asText(amount)}"`);
  if (unit === 'day') return Math.floor(seconds) + n * 86_400;
  const d = new Date(Math.floor(seconds) * 1000);
  const months = unit === 'month' ? n : n * 12;
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // Ruby's Date#>> clamps Jan 31 + 1 month to the last day of February.
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return Math.floor(d.getTime() / 1000);
}

function calendarFilters(): Record<string, FilterImplOptions> {
  const out: Record<string, FilterImplOptions> = {};
  for (const unit of ['day', 'month', 'year'] as const) {
    out[`add_${unit}`] = function (this: FilterImpl, v: unknown, n?: unknown) {
      return shift(this, v, unit, n);
    };
    out[`subtract_${unit}`] = function (this: FilterImpl, v: unknown, n?: unknown) {
      return shift(this, v, unit, n === undefined ? -1 : -Number(n));
    };
  }
  return out;
}

/** Turns the `timezone` argument into what liquidjs' date accepts (IANA name or minutes, -480 = UTC+8). */
export function zoneArgument(zone: unknown, numericUnit: 'hours' | 'minutes'): string | number {
  if (typeof zone === 'number' || /^[+-]?\d+(\.\d+)?$/.test(asText(zone).trim())) {
    const n = Number(zone);
    return numericUnit === 'hours' ? -n * 60 : n;
  }
  const name = asText(zone).trim();
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    throw new Error(`unknown time zone "${name}"`);
  }
  return name;
}

export function dateFilters(numericTimezoneUnit: 'hours' | 'minutes'): Record<string, FilterImplOptions> {
  return {
    date: date as FilterImplOptions,
    ...calendarFilters(),
    timezone: function (this: FilterImpl, value: unknown, zone: unknown) {
      const seconds = toEpochSeconds(this, value);
      if (seconds === undefined) return value;
      return new ZonedTime(seconds, zoneArgument(zone, numericTimezoneUnit));
    },
  };
}
