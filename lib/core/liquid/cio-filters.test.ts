// One row per Customer.io filter liquidjs lacks (docs §5.5, §8.4), rendered through the module.
import { describe, expect, it } from 'vitest';
import { renderWith } from './test-helpers.ts';

const ctx = {
  customer: {
    email: 'jane@example.com',
    items: [{ sku: 'A', kind: 'x' }, { sku: 'B', kind: 'y' }, { sku: 'A', kind: 'z' }],
    payload: '{"a":[1,2],"b":"c"}',
  },
};

const cases: [string, string, string][] = [
  ['currency', '{{ 1234567.896 | currency }}', '$1,234,567.90'],
  ['currency locale+code', "{{ 1234567.896 | currency: 'en', 'EUR' }}", '€1,234,567.90'],
  ['rounded_currency', '{{ 1234567.896 | rounded_currency }}', '$1,234,568'],
  ['format_number', '{{ 10000 | format_number }}', '10,000'],
  ['format_number fr', "{{ 123456.78 | format_number: 'fr' }}", '123\u202f456,78'],
  ['md5', '{{ "abc" | md5 }}', '900150983cd24fb0d6963f7d28e17f72'],
  ['sha1', '{{ "abc" | sha1 }}', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['sha256', '{{ "abc" | sha256 }}', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['hmac_sha1', '{{ "The quick brown fox jumps over the lazy dog" | hmac_sha1: "key" }}', 'de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9'],
  ['hmac_sha256', '{{ "The quick brown fox jumps over the lazy dog" | hmac_sha256: "key" }}', 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8'],
  ['hex_base64', '{{ "48656c6c6f" | hex_base64 }}', 'SGVsbG8='],
  ['base64', '{{ "Zürich?" | base64 }}', 'WsO8cmljaD8='],
  ['base64_url_safe_encode', '{{ "Zürich?" | base64_url_safe_encode }}', 'WsO8cmljaD8='],
  ['base64_url_safe_encode alphabet', '{{ "??>" | base64_url_safe_encode }}', 'Pz8-'],
  ['base64_url_safe_decode', '{{ "Pz8-" | base64_url_safe_decode }}', '??>'],
  ['add_day', '{{ 1700000000 | add_day: 2 | date: "%F" }}', '2023-11-16'],
  ['add_month clamps', '{{ "2024-01-31T10:00:00Z" | add_month: 1 | date: "%F %H:%M" }}', '2024-02-29 10:00'],
  ['add_year', '{{ 1700000000 | add_year: 1 | date: "%F" }}', '2024-11-14'],
  ['subtract_day', '{{ 1700000000 | subtract_day: 14 | date: "%F" }}', '2023-10-31'],
  ['subtract_month', '{{ 1700000000 | subtract_month | date: "%F" }}', '2023-10-14'],
  ['subtract_year', '{{ 1700000000 | subtract_year: 3 | date: "%F" }}', '2020-11-14'],
  ['add_day on now', '{{ "now" | add_day: 1 | date: "%F" }}', '2024-03-11'],
  ['timezone (legacy idiom, deprecated in latest)', '{{ 1700000000 | timezone: "America/New_York" | date: "%H:%M" }}', '17:13'],
  ['titlecase', '{{ "hello wORLD foo" | titlecase }}', 'Hello World Foo'],
  ['pluralize one', "{{ 1 | pluralize: 'item', 'items' }}", 'item'],
  ['pluralize many', "{{ 3 | pluralize: 'item', 'items' }}", 'items'],
  ['random (deterministic in preview)', '{{ customer.items | map: "sku" | random }}', 'A'],
  ['limit', '{{ customer.items | limit: 2 | map: "sku" | join: "," }}', 'A,B'],
  ['from_json', '{% assign p = customer.payload | from_json %}{{ p.a[1] }}{{ p.b }}', '2c'],
  ['to_json', '{{ customer.items | limit: 1 | to_json }}', '[{"sku":"A","kind":"x"}]'],
  ['json_array_uniq', '{{ customer.items | json_array_uniq: "sku" | map: "kind" | join: "," }}', 'x,y'],
  ['where_not', '{{ customer.items | where_not: "sku", "A" | map: "kind" | join: "," }}', 'y'],
  ['contains filter (array)', '{{ customer.items | map: "sku" | contains: "B" }}', 'true'],
  ['contains filter (string)', '{{ customer.email | contains: "@gmail" }}', 'false'],
  ['htmlencode', '{{ "<a href=\'x\'>&\\"</a>" | htmlencode }}', '&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;'],
];

describe('Customer.io filters', () => {
  it.each(cases)('%s', (_name, template, expected) => {
    const r = renderWith(template, ctx, { triggerKind: 'person' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.text).toBe(expected);
  });

  it('from_json on broken JSON is a render error at the filter', () => {
    const r = renderWith('{\n"a": {{ customer.email | from_json }}}', ctx, { triggerKind: 'person' });
    expect(r.text).toBeNull();
    const d = r.diagnostics.find((x) => x.code === 'liquid/render-error');
    expect(d?.message).toMatch(/from_json: input is not valid JSON/);
    expect(d?.range?.startLine).toBe(2);
  });

  it('hex_base64 refuses non-hex input', () => {
    expect(renderWith('{{ "xyz" | hex_base64 }}', ctx, { triggerKind: 'person' }).diagnostics[0].message).toMatch(/hex string/);
  });
});
