// Legacy vs latest (docs §5.6): each known difference is flagged where used and rendered per dialect.
import { describe, expect, it } from 'vitest';
import type { LiquidDialect } from '../sample.ts';
import { renderWith } from './test-helpers.ts';

const ctx = { customer: { note: 'Say "hi" & <b>', prefs: { a: 1, b: 'x' }, list: [1, 2], created_at: 1700000000 } };
const render = (t: string, dialect: LiquidDialect) => renderWith(t, ctx, { dialect, triggerKind: 'person' });
const flags = (t: string, dialect: LiquidDialect) =>
  render(t, dialect).diagnostics.filter((d) => d.code === 'liquid/dialect-difference');

// [difference, template, latest output, legacy output]
const rendered: [string, string, string, string][] = [
  ['divided_by on integers', '{{ 10 | divided_by: 4 }}', '2.5', '2'],
  ['escape entities', '{{ customer.note | escape }}', 'Say &#34;hi&#34; &amp; &lt;b&gt;', 'Say &quot;hi&quot; &amp; &lt;b&gt;'],
  ['backslash in string literals', `{{ 'a\\"b' }}`, 'a"b', 'a\\"b'],
  ['hash printing', '{{ customer.prefs }}', '[object Object]', '{"a"=>1, "b"=>"x"}'],
  ['json availability', '{{ customer.note | json }}', '"Say \\"hi\\" & <b>"', 'Say "hi" & <b>'],
  ['to_json availability', '{{ customer.list | to_json }}', '[1,2]', '12'],
  ['timezone numeric offset: minutes in latest, hours in legacy', '{{ customer.created_at | timezone: -5 | date: "%H:%M" }}', '22:18', '17:13'],
];

describe('dialect differences', () => {
  it.each(rendered)('%s renders per dialect', (_name, template, latest, legacy) => {
    expect(render(template, 'latest').text).toBe(latest);
    expect(render(template, 'legacy').text).toBe(legacy);
  });

  it.each([
    ['default', '{{ customer.x | default: "a" }}', /default.*latest feature/],
    ['escape', '{{ customer.note | escape }}', /escape/],
    ['divided_by', '{{ 10 | divided_by: 4 }}', /divided_by/],
    ['date tz argument', '{{ 1 | date: "%H", "America/New_York" }}', /time zone argument/],
    ['numeric offset', '{{ 1 | timezone: -5 | date: "%H" }}', /hours in legacy/],
    ['backslash literal', `{{ 'a\\"b' }}`, /backslash/],
    ['json', '{{ 1 | json }}', /json/],
    ['to_json', '{{ 1 | to_json }}', /to_json/],
    ['break', '{% for i in customer.list %}{% break %}{% endfor %}', /break/],
    ['empty for arrays', '{% if customer.list == empty %}e{% endif %}', /empty/],
    ['json_array_uniq', '{{ customer.list | json_array_uniq }}', /latest/],
  ])('legacy flags %s where it is used', (_name, template, message) => {
    const found = flags(template, 'legacy');
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((d) => message.test(d.message) && d.severity === 'warning' && d.range)).toBe(true);
    expect(flags(template, 'latest').filter((d) => !/deprecated/.test(d.message))).toEqual([]);
  });

  it.each([
    ['timezone', '{{ 1 | timezone: "UTC" | date: "%H" }}'],
    ['htmlencode', '{{ "a" | htmlencode }}'],
  ])('latest flags the deprecated %s filter', (name, template) => {
    const found = flags(template, 'latest');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(new RegExp(`${name}.*deprecated`));
    expect(found[0].range).toMatchObject({ startLine: 1, startColumn: template.indexOf(name) + 1 });
  });

  it('legacy integer division by zero is an error; float division is not', () => {
    expect(render('{{ 1 | divided_by: 0 }}', 'legacy').diagnostics.some((d) => /divided by 0/.test(d.message))).toBe(true);
    expect(render('{{ 5 | divided_by: 2.5 }}', 'legacy').text).toBe('2');
  });
});
