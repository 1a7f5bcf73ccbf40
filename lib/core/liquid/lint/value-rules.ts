/**
 * Lints about values the samples actually hold (docs §5.7, §6): `json` of a missing value, float
 * noise in money, millisecond timestamps, `default` swallowing false, hashing empty or hashed input.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import { edit, filterIndex, finding, firstRun, insert, pipeBefore, sampleLabel, show } from './lint-helpers.ts';
import type { LintRule } from './lint-helpers.ts';

const ROUNDING = ['round', 'ceil', 'floor', 'currency', 'rounded_currency', 'format_number'];
const HASHES = ['sha256', 'sha1', 'md5', 'hmac_sha256', 'hmac_sha1'];

const isNoisy = (n: number) => Number.isFinite(n) && !Number.isInteger(n) && (String(n).split('.')[1]?.length ?? 0) > 6;

export const jsonOfMissing: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  for (const o of probe.outputs) {
    const i = filterIndex(o, ['json', 'to_json']);
    if (i < 0 || o.filters.slice(0, i).some((f) => f.name === 'default')) continue;
    const found = firstRun(o, (run) => run.steps[i] === undefined);
    if (!found) continue;
    out.push(finding(probe, 'lint/json-of-missing', o,
      `${o.expression} is missing in ${sampleLabel(found.run.sample)}, and | json of a missing value prints nothing, leaving invalid JSON. Add | default: "" (or a guard) before | json.`,
      found.run.sample, { title: 'Add | default: "" before | json', edits: [insert(probe, o.filters[i].begin, 'default: "" | ')] }));
  }
  return out;
};

export const floatNoise: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  for (const o of probe.outputs) {
    const i = filterIndex(o, ['times']);
    if (i < 0 || o.filters.slice(i + 1).some((f) => ROUNDING.includes(f.name))) continue;
    const found = firstRun(o, (run) => {
      const exact = Number(run.steps[i]) * Number(run.args[i][0]);
      return isNoisy(exact) || isNoisy(Number(run.steps[i + 1])) ? exact : undefined;
    });
    if (!found) continue;
    out.push(finding(probe, 'lint/float-noise', o,
      `In ${sampleLabel(found.run.sample)}, ${show(found.run.steps[i])} × ${show(found.run.args[i][0])} is ${found.hit} in floating point; money in cents must be a whole number. Append | round.`,
      found.run.sample, { title: 'Append | round', edits: [insert(probe, o.filters[i].end, ' | round')] }));
  }
  return out;
};

export const millisecondTimestamp: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  for (const o of probe.outputs) {
    const i = filterIndex(o, ['date']);
    if (i < 0) continue;
    const found = firstRun(o, (run) => {
      const v = run.steps[i];
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN;
      return n >= 1e11 ? n : undefined;
    });
    if (!found) continue;
    out.push(finding(probe, 'lint/millisecond-timestamp', o,
      `In ${sampleLabel(found.run.sample)}, ${o.expression} is ${found.hit}: milliseconds, but date reads unix seconds (it would print the year ${new Date(found.hit * 1000).getUTCFullYear() || '55000+'}). Add | divided_by: 1000 before | date.`,
      found.run.sample, { title: 'Convert milliseconds with | divided_by: 1000', edits: [insert(probe, o.filters[i].begin, 'divided_by: 1000 | ')] }));
  }
  return out;
};

export const defaultOnBoolean: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  for (const o of probe.outputs) {
    const i = filterIndex(o, ['default']);
    if (i < 0 || /allow_false/.test(probe.source.slice(o.filters[i].begin, o.filters[i].end))) continue;
    const found = firstRun(o, (run) => run.steps[i] === false && run.steps[i + 1] !== false);
    if (!found) continue;
    out.push(finding(probe, 'lint/default-on-boolean', o,
      `In ${sampleLabel(found.run.sample)}, ${o.expression} is false and default replaces it with ${show(found.run.steps[i + 1])}. Add allow_false: true to keep false.`,
      found.run.sample, { title: 'Keep false with allow_false: true', edits: [insert(probe, o.filters[i].end, ', allow_false: true')] }));
  }
  return out;
};

export const hashingEmptyOrHashed: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  for (const o of probe.outputs) {
    const i = filterIndex(o, HASHES);
    if (i < 0) continue;
    const found = firstRun(o, (run) => {
      const v = run.steps[i];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return 'empty';
      if (typeof v === 'string' && /^[0-9a-f]{64}$/i.test(v)) return 'hashed';
      return undefined;
    });
    if (!found) continue;
    const name = o.filters[i].name;
    const sample = sampleLabel(found.run.sample);
    if (found.hit === 'empty') {
      out.push(finding(probe, 'lint/hash-of-empty', o,
        `${o.expression} is empty in ${sample}, so ${name} returns the hash of "" — an ad platform takes it as a real identifier. Wrap it in {% if ${o.expression} != blank %}.`,
        found.run.sample, { title: `Only hash when ${o.expression} is not blank`, edits: [
          insert(probe, o.isQuoted ? o.begin - 1 : o.begin, `{% if ${o.expression} != blank %}`),
          insert(probe, o.isQuoted ? o.end + 1 : o.end, '{% endif %}'),
        ] }));
    } else {
      out.push(finding(probe, 'lint/hash-of-hash', o,
        `In ${sample}, ${o.expression} is ${show(found.run.steps[i])}, already a 64-hex hash; ${name} would hash it again. Remove | ${name}.`,
        found.run.sample, { title: `Remove | ${name}`, edits: [edit(probe, pipeBefore(probe.source, o.filters[i].begin), o.filters[i].end, '')] }));
    }
  }
  return out;
};
