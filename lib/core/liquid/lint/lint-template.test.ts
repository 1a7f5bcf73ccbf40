// One block per lint: it fires only when a sample shows the problem, names that sample, and its
// QuickFix, applied to the template, makes the finding go away.
import { describe, expect, it } from 'vitest';
import type { Diagnostic, TextEdit } from '../../diagnostics.ts';
import type { JsonObject, Sample } from '../../sample.ts';
import { compileTemplate } from '../compile-template.ts';
import type { RenderOptions } from '../types.ts';
import { lintTemplate } from './lint-template.ts';
import { applyEdits } from '../../text-edits.ts';

const OPTIONS: RenderOptions = { dialect: 'latest', triggerKind: 'event', now: new Date('2024-01-01T00:00:00Z') };

function sample(id: string, customer: JsonObject, properties: JsonObject = {}): Sample {
  return { id, name: id, customer, message: { type: 'track', event: 'E', properties } };
}

function lint(template: string, samples: Sample[]): Diagnostic[] {
  const { compiled } = compileTemplate(template, OPTIONS);
  return lintTemplate(template, compiled, samples, OPTIONS);
}

function offset(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

function applyFix(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offset(text, b.range.startLine, b.range.startColumn) - offset(text, a.range.startLine, a.range.startColumn));
  for (const e of sorted) {
    const start = offset(text, e.range.startLine, e.range.startColumn);
    const end = offset(text, e.range.endLine, e.range.endColumn);
    text = text.slice(0, start) + e.text + text.slice(end);
  }
  return text;
}

// [code, template, clean samples, sample that shows the problem, expected fixed template]
const cases: [string, string, Sample[], Sample, string][] = [
  ['lint/quoted-interpolation', '{"note": "{{ event.note }}"}', [sample('clean', {}, { note: 'hello' })], sample('quote', {}, { note: 'Say "hi"' }),
    '{"note": {{ event.note | json }}}'],
  ['lint/json-of-missing', '{"note": {{ event.note | json }}}', [sample('clean', {}, { note: 'x' })], sample('no-note', {}, {}),
    '{"note": {{ event.note | default: "" | json }}}'],
  ['lint/trailing-comma', '[{% for i in event.items %}"{{ i }}",{% endfor %}]', [sample('clean', {}, { items: [] })], sample('two', {}, { items: ['a', 'b'] }),
    '[{% for i in event.items %}"{{ i }}"{% unless forloop.last %},{% endunless %}{% endfor %}]'],
  ['lint/trailing-comma', '{"a": 1,{% if customer.vip %}"vip": true{% endif %}}', [sample('clean', { vip: true })], sample('not-vip', {}),
    '{"a": 1{% if customer.vip %},"vip": true{% endif %}}'],
  ['lint/raw-collection', '{"tags": {{ customer.tags }}}', [sample('clean', { tags: 'vip' })], sample('list', { tags: ['vip', 'news'] }),
    '{"tags": {{ customer.tags | json }}}'],
  ['lint/escape-for-json', '{"note": "{{ event.note | escape }}"}', [sample('clean', {}, { note: 'plain' })], sample('amp', {}, { note: 'A & B' }),
    '{"note": {{ event.note | json }}}'],
  ['lint/float-noise', '{"cents": {{ event.price | times: 100 }}}', [sample('clean', {}, { price: 20 })], sample('noisy', {}, { price: 19.99 }),
    '{"cents": {{ event.price | times: 100 | round }}}'],
  ['lint/millisecond-timestamp', '{"d": "{{ customer.ts | date: "%F" }}"}', [sample('clean', { ts: 1700000000 })], sample('ms', { ts: 1700000000000 }),
    '{"d": "{{ customer.ts | divided_by: 1000 | date: "%F" }}"}'],
  ['lint/default-on-boolean', '{"opt": {{ customer.opt_in | default: true }}}', [sample('clean', { opt_in: true })], sample('opted-out', { opt_in: false }),
    '{"opt": {{ customer.opt_in | default: true, allow_false: true }}}'],
  ['lint/hash-of-empty', '{"em": "{{ customer.email | sha256 }}"}', [sample('clean', { email: 'a@b.c' })], sample('no-email', { email: '' }),
    '{"em": {% if customer.email != blank %}"{{ customer.email | sha256 }}"{% endif %}}'],
  ['lint/hash-of-hash', '{"em": "{{ customer.email | sha256 }}"}', [sample('clean', { email: 'a@b.c' })], sample('hashed', { email: 'a'.repeat(64) }),
    '{"em": "{{ customer.email }}"}'],
  ['lint/double-encoded', '{"data": {{ event.payload | json }}}', [sample('clean', {}, { payload: { a: 1 } })], sample('string', {}, { payload: '{"a":1}' }),
    '{"data": {{ event.payload | from_json | json }}}'],
];

describe.each(cases)('%s', (code, template, clean, bad, fixed) => {
  it('stays quiet when no sample shows the problem', () => {
    expect(lint(template, clean).filter((d) => d.code === code)).toEqual([]);
  });

  it('fires, names the sample, and its fix repairs the template', () => {
    const found = lint(template, [...clean, bad]).filter((d) => d.code === code);
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d).toMatchObject({ source: 'lint', target: 'template', sampleId: bad.id, severity: 'warning' });
    expect(d.message).toContain(`sample "${bad.id}"`);
    expect(d.range?.startLine).toBe(1);
    expect(d.fixes?.[0].edits.length).toBeGreaterThan(0);
    const repaired = applyFix(template, d.fixes![0].edits);
    expect(repaired).toBe(fixed);
    expect(lint(repaired, [...clean, bad]).filter((x) => x.code === code)).toEqual([]);
  });
});

it('returns nothing for a template that does not compile', () => {
  expect(lint('{% if x %}', [sample('a', {})])).toEqual([]);
});

describe('quoted interpolation fix when a sample lacks the value', () => {
  it('adds | default: "" so the fixed line stays valid JSON for every sample', () => {
    const opts = { dialect: 'latest', triggerKind: 'person' } as const;
    const template = '{"name": "{{ customer.first_name }}"}';
    const samples: Sample[] = [
      { id: 'dirty', name: 'Dirty', customer: { first_name: 'Ann "A"' }, message: { type: 'identify' } },
      { id: 'missing', name: 'Missing', customer: {}, message: { type: 'identify' } },
    ];
    const d = lintTemplate(template, compileTemplate(template, opts).compiled, samples, opts).find((x) => x.code === 'lint/quoted-interpolation');
    const fixed = applyEdits(template, d!.fixes![0].edits);
    expect(fixed).toBe('{"name": {{ customer.first_name | default: "" | json }}}');
  });
});
