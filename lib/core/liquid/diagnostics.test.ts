// Missing variables, guards, did-you-mean, unknown filters/tags, trigger-kind objects, time zones.
import { describe, expect, it } from 'vitest';
import { codes, JANE, renderWith } from './test-helpers.ts';

describe('missing variables', () => {
  it('render "" and warn with the range and the sample', () => {
    const r = renderWith('{"a": "{{ customer.nickname }}"}');
    expect(r.text).toBe('{"a": ""}');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        source: 'liquid', code: 'liquid/missing-variable', severity: 'warning', sampleId: 'jane', target: 'template',
        range: { startLine: 1, startColumn: 11, endLine: 1, endColumn: 28 },
      }),
    ]);
    expect(r.diagnostics[0].message).toMatch(/customer.nickname is missing in sample "Jane complete"/);
  });

  it.each([
    ['if', '{% if customer.phone %}x{% endif %}'],
    ['elsif', '{% if false %}{% elsif customer.phone != blank %}x{% endif %}'],
    ['unless', '{% unless customer.phone %}x{% endunless %}'],
    ['case', '{% case customer.plan %}{% when "a" %}x{% endcase %}'],
    ['default', '{{ customer.phone | default: "none" }}'],
    ['default later in the chain', '{{ customer.phone | strip | default: "" }}'],
    ['for over a missing list', '{% for x in customer.orders_list %}{{ x }}{% endfor %}'],
  ])('are not reported inside a %s guard', (_name, template) => {
    expect(codes(renderWith(template))).toEqual([]);
  });

  it('are reported in a branch body (the guard protects only its own condition)', () => {
    expect(codes(renderWith('{% if customer.vip %}{{ customer.phone }}{% endif %}'))).toEqual(['liquid/missing-variable']);
  });

  it.each([
    ['{{ customer.first_nam }}', 'customer.first_name'],
    ['{{ customer.firstname }}', 'customer.first_name'],
    ['{{ custmer.email }}', 'customer.email'],
    ['{{ event.itms[0].sku }}', 'event.items[0].sku'],
    ['{% for i in event.items %}{{ i.skus }}{% endfor %}', 'i.sku'],
    ['{{ event.email }}', 'customer.email'],
  ])('%s suggests %s from the sample keys', (template, guess) => {
    const r = renderWith(template);
    expect(r.diagnostics[0].message).toContain(`did you mean ${guess}?`);
  });

  it('a miss inside a loop is reported once with a count', () => {
    const r = renderWith('{% for i in (1..3) %}{{ customer.nope }}{% endfor %}');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0].message).toMatch(/\(3 times\)/);
  });

  it('null values are present, not missing', () => {
    expect(codes(renderWith('{{ customer.x }}', { customer: { x: null } }, { triggerKind: 'person' }))).toEqual([]);
  });
});

describe('unknown filters and tags', () => {
  it('an unknown filter is an error at the filter name, with a suggestion', () => {
    const r = renderWith('{\n  "a": {{ customer.email | downcas }}\n}');
    expect(r.text).toBeNull();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'liquid/unknown-filter', severity: 'error', range: { startLine: 2, startColumn: 28, endLine: 2, endColumn: 35 } }),
    ]);
    expect(r.diagnostics[0].message).toMatch(/did you mean downcase\?/);
  });

  it('an unknown tag is an error with a suggestion', () => {
    const r = renderWith('{% unsubscribe_link %}');
    expect(r.diagnostics[0]).toMatchObject({ code: 'liquid/unknown-tag', severity: 'error' });
    expect(r.diagnostics[0].message).toMatch(/did you mean \{% unsubscribe_url %\}/);
  });

  it('an unclosed block is a syntax error with its position', () => {
    const r = renderWith('{\n {% if customer.vip %}"vip": true\n}');
    expect(r.diagnostics[0]).toMatchObject({ code: 'liquid/syntax', range: { startLine: 2, startColumn: 2 } });
    expect(r.diagnostics[0].message).toMatch(/not closed/);
  });
});

describe('objects by trigger kind', () => {
  it.each([
    ['person', '{{ event.total }}', 'error'],
    ['person', '{{ event_timestamp }}', 'error'],
    ['event', '{{ trigger.order_id }}', 'error'],
    ['webhook', '{{ event.total }}', 'error'],
    ['webhook', '{{ customer.email }}', 'warning'],
  ] as const)('%s trigger: %s is a %s', (kind, template, severity) => {
    const r = renderWith(template, JANE, { triggerKind: kind });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['liquid/unavailable-object', severity]]);
    expect(r.diagnostics[0].range).toMatchObject({ startLine: 1, startColumn: 4 });
    expect(r.text).toBe('');
  });

  it('a local variable named like an object is not flagged', () => {
    expect(codes(renderWith('{% assign event = "x" %}{{ event }}', JANE, { triggerKind: 'person' }))).toEqual([]);
  });
});

describe('time zones', () => {
  it('UTC by default, the trigger zone when named', () => {
    const t = '{{ 1700000000 | date: "%H:%M" }}';
    expect(renderWith(t).text).toBe('22:13');
    expect(renderWith(t, JANE, { timezone: 'America/New_York' }).text).toBe('17:13');
  });

  it('an unknown trigger zone is an error and falls back to UTC', () => {
    const r = renderWith('{{ 1700000000 | date: "%H:%M" }}', JANE, { timezone: 'Mars/Olympus' });
    expect(r.text).toBe('22:13');
    expect(codes(r)).toEqual(['liquid/invalid-timezone']);
  });

  it('"now" is the fixed render time', () => {
    expect(renderWith('{{ "now" | date: "%Y-%m-%dT%H:%M" }}').text).toBe('2024-03-10T12:00');
  });
});
