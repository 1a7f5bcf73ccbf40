/**
 * Lints about how a value is put into the JSON text (docs §6): quoted interpolation of a value that
 * breaks the string, raw arrays/objects, HTML `escape` used where JSON escaping was meant.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import { filterIndex, finding, firstRun, replaceOutput, sampleLabel, show } from './lint-helpers.ts';
import type { LintRule } from './lint-helpers.ts';

const JSON_FILTERS = ['json', 'to_json'];
const FLATTENING_FILTERS = [...JSON_FILTERS, 'join', 'size', 'first', 'last', 'map'];
const HTML_ESCAPES = ['escape', 'escape_once', 'htmlencode', 'xml_escape'];

function breaksJsonString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.includes('"')) return 'a double quote';
  if (value.includes('\\')) return 'a backslash';
  const control = /[\u0000-\u001f]/.exec(value);
  if (control) return control[0] === '\n' ? 'a newline' : `control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}`;
  return undefined;
}

export const quotedInterpolation: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  for (const o of probe.outputs) {
    if (!o.isQuoted) continue;
    const found = firstRun(o, (run) => breaksJsonString(run.steps[run.steps.length - 1]));
    if (!found) continue;
    const hasJson = filterIndex(o, JSON_FILTERS) >= 0;
    // | json of a missing value prints nothing: when some sample lacks it, the fix adds a default too.
    const missingSomewhere = filterIndex(o, ['default']) < 0 && firstRun(o, (run) => (run.steps[0] === undefined ? true : undefined));
    const content = hasJson ? o.content : `${o.content}${missingSomewhere ? ' | default: ""' : ''} | json`;
    out.push(finding(probe, 'lint/quoted-interpolation', o,
      `In ${sampleLabel(found.run.sample)}, ${o.expression} is ${show(found.run.steps[found.run.steps.length - 1])}: it contains ${found.hit}, which breaks the quoted JSON string. Use {{ ${content} }} without the surrounding quotes.`,
      found.run.sample, { title: 'Use | json without the surrounding quotes', edits: [replaceOutput(probe, o, content)] }));
  }
  return out;
};

export const rawCollection: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  for (const o of probe.outputs) {
    if (filterIndex(o, FLATTENING_FILTERS) >= 0) continue;
    const found = firstRun(o, (run) => {
      const v = run.steps[run.steps.length - 1];
      return Array.isArray(v) ? 'an array' : v !== null && typeof v === 'object' && !(v instanceof Date) ? 'an object' : undefined;
    });
    if (!found) continue;
    out.push(finding(probe, 'lint/raw-collection', o,
      `In ${sampleLabel(found.run.sample)}, ${o.expression} is ${found.hit} (${show(found.run.steps[0])}); Liquid prints it as ${found.hit === 'an array' ? 'its items run together' : '[object Object]'}, not JSON. Add | json.`,
      found.run.sample, { title: 'Print it as JSON with | json', edits: [replaceOutput(probe, o, `${o.content} | json`)] }));
  }
  return out;
};

export const escapeForJson: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  const looksLikeJson = /^\s*[[{]/.test(probe.source);
  if (!looksLikeJson) return out;
  for (const o of probe.outputs) {
    const i = filterIndex(o, HTML_ESCAPES);
    if (i < 0) continue;
    const found = firstRun(o, (run) => run.steps[i] !== run.steps[i + 1] && typeof run.steps[i] === 'string');
    if (!found) continue;
    const name = o.filters[i].name;
    const content = o.content.replace(new RegExp(`\\|\\s*${name}\\b`), '| json');
    out.push(finding(probe, 'lint/escape-for-json', o,
      `${name} is HTML escaping, not JSON escaping: in ${sampleLabel(found.run.sample)} ${show(found.run.steps[i])} becomes ${show(found.run.steps[i + 1])}, so the receiver sees HTML entities. Use | json.`,
      found.run.sample, { title: `Replace ${name} with json`, edits: [replaceOutput(probe, o, content)] }));
  }
  return out;
};
