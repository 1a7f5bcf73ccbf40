/**
 * Flags constructs whose behaviour differs between Customer.io legacy and latest Liquid (docs §5.6),
 * where they are used, so a marketer on an old account knows the preview may not match. Deprecated
 * legacy-only filters are flagged in latest too.
 */
import type { Diagnostic, Range } from '../diagnostics.ts';
import type { LiquidDialect } from '../sample.ts';
import type { Analysis } from './analyze-template.ts';

const LEGACY_FILTER_NOTES: Record<string, string> = {
  default: '`default` is a latest feature; in legacy guard with {% if x != blank %} instead',
  escape: '`escape` differs: legacy (Ruby) prints &quot; for ", latest prints &#34;; neither is JSON escaping',
  divided_by: '`divided_by` differs: legacy divides integers as integers (10 | divided_by: 4 = 2), latest gives 2.5',
  json: '`json` needs latest Liquid; legacy leaves the value unescaped (quote and escape by hand, check in Customer.io)',
  to_json: '`to_json` needs latest Liquid; legacy leaves the value unescaped',
  json_array_uniq: '`json_array_uniq` exists only in latest Liquid',
  where_not: '`where_not` exists only in latest Liquid',
  contains: 'the `contains` filter exists only in latest Liquid (the `contains` operator works in both)',
};

const LATEST_FILTER_NOTES: Record<string, string> = {
  timezone: '`timezone` is deprecated in latest; use the date filter\'s second argument: date: "%H:%M", "America/New_York"',
  htmlencode: '`htmlencode` is deprecated in latest; use `escape` (HTML) or `json` (JSON bodies)',
};

function isNumericArg(arg: unknown): boolean {
  const token = Array.isArray(arg) ? arg[1] : arg;
  return typeof (token as { content?: unknown } | undefined)?.content === 'number';
}

export function checkDialectDifferences(analysis: Analysis, dialect: LiquidDialect): Diagnostic[] {
  const out: Diagnostic[] = [];
  const flag = (range: Range, message: string) =>
    out.push({ source: 'liquid', code: 'liquid/dialect-difference', severity: 'warning', target: 'template', range, message });
  const isLegacy = dialect === 'legacy';

  for (const { filter, range } of analysis.filters) {
    const notes = isLegacy ? LEGACY_FILTER_NOTES : LATEST_FILTER_NOTES;
    if (notes[filter.name]) flag(range, `${isLegacy ? 'Legacy Liquid' : 'Latest Liquid'}: ${notes[filter.name]}`);
    if (!isLegacy) continue;
    if (filter.name === 'date' && filter.args.length >= 2) {
      flag(range, 'Legacy Liquid: the time zone argument of `date` is latest-only; legacy writes | timezone: "America/New_York" | date: "%H:%M"');
    }
    if (filter.name === 'timezone' && isNumericArg(filter.args[0])) {
      flag(range, 'Legacy Liquid: numeric time zone offsets are hours in legacy (-5 = UTC−5) but minutes in latest');
    }
  }
  if (!isLegacy) return out;
  for (const { token, range } of analysis.quoted) {
    if (token.getText().includes('\\')) {
      flag(range, 'Legacy Liquid: a backslash in a string literal is kept as is in legacy (\'\\"\' is two characters) but is an escape in latest');
    }
  }
  for (const { tag, range } of analysis.tags) {
    if (tag.name === 'break') flag(range, 'Legacy Liquid: {% break %} exists only in latest Liquid');
  }
  for (const { token, range } of analysis.literals) {
    if (token.literal === 'empty') flag(range, 'Legacy Liquid: comparing arrays with `empty` works only in latest; use `x.size == 0`');
  }
  return out;
}
