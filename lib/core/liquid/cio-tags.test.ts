// Customer.io-only tags (docs §5.4) print labelled, deterministic stand-ins in preview.
import { describe, expect, it } from 'vitest';
import { renderWith } from './test-helpers.ts';

const ctx = { customer: { first_name: 'Jane', snippet: 'Hi {{ customer.first_name | upcase }}', loop: '{% render_liquid customer.loop %}' } };

const cases: [string, string, string][] = [
  ['cio_link tracked', '{% cio_link url:"https://shop.example/a?b=1" track:true url_params:true %}', 'https://preview.invalid/track?url=https%3A%2F%2Fshop.example%2Fa%3Fb%3D1'],
  ['cio_link untracked', '{% cio_link url:"https://shop.example/a" track:false %}', 'https://shop.example/a'],
  ['cio_link_id', '{% cio_link_id %}', 'preview-link-id'],
  ['view_in_browser_url', '{% view_in_browser_url %}', 'https://preview.invalid/view_in_browser'],
  ['unsubscribe_url', '{% unsubscribe_url %}', 'https://preview.invalid/unsubscribe'],
  ['manage_subscription_preferences_url', '{% manage_subscription_preferences_url %}', 'https://preview.invalid/manage_subscription_preferences'],
  ['tracking_consent_url', '{% tracking_consent_url %}', 'https://preview.invalid/tracking_consent'],
  ['subscription_topic_name', '{% subscription_topic_name 3 %}', 'Preview subscription topic 3'],
  ['generate_uuid counts per render', '{% generate_uuid %} {% generate_uuid %}', '00000000-0000-4000-8000-000000000001 00000000-0000-4000-8000-000000000002'],
  ['random tag', '{% random 10 %}', '0'],
  ['render_liquid', '{% render_liquid customer.snippet %}!', 'Hi JANE!'],
  ['countdown', '{% countdown to: "2024-12-24" %}', 'https://preview.invalid/countdown.gif'],
];

describe('Customer.io tags', () => {
  it.each(cases)('%s', (_name, template, expected) => {
    const r = renderWith(template, ctx, { triggerKind: 'person' });
    expect(r.diagnostics).toEqual([]);
    expect(r.text).toBe(expected);
  });

  it('re-rendering gives the same stand-ins (deterministic preview)', () => {
    const t = '{% generate_uuid %}|{% random 5 %}|{% unsubscribe_url %}';
    expect(renderWith(t, ctx, { triggerKind: 'person' }).text).toBe(renderWith(t, ctx, { triggerKind: 'person' }).text);
  });

  it('{{ unsubscribe_url }} as a variable renders "" and is reported, as in Customer.io', () => {
    const r = renderWith('{{ unsubscribe_url }}', ctx, { triggerKind: 'person' });
    expect(r.text).toBe('');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['liquid/missing-variable']);
  });

  it('render_liquid that renders itself stops at the nesting cap', () => {
    const r = renderWith('{% render_liquid customer.loop %}', ctx, { triggerKind: 'person' });
    expect(r.text).toBeNull();
    expect(r.diagnostics[0].message).toMatch(/render_liquid nested more than/);
  });

  it('cio_link without url is an error at the tag', () => {
    const r = renderWith('x\n{% cio_link track:true %}', ctx, { triggerKind: 'person' });
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', range: { startLine: 2, startColumn: 1 } });
  });
});
