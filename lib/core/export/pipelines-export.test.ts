import { describe, expect, it } from 'vitest';
import { buildPipelinesExport } from './pipelines-export.ts';
import { exportInput, SECRET_VALUE } from './export-test-fixtures.ts';
import { starterTemplate } from '../use-cases/starter-templates.ts';

const mapping = (template: string, condition?: string) => buildPipelinesExport(exportInput({ template, condition }));

describe('buildPipelinesExport', () => {
  it('emits canonical FQL for code mode', () => {
    const out = buildPipelinesExport(exportInput({ condition: "type = 'track'\r\nand   event = 'Checkout Started'" }));
    expect(out.condition).toBe('type = "track" and event = "Checkout Started"');
    expect(out.conditionDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps the text and reports diagnostics for a broken condition', () => {
    const out = buildPipelinesExport(exportInput({ condition: 'type = "track" and' }));
    expect(out.condition).toBe('type = "track" and');
    expect(out.conditionDiagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it.each([
    ['{"v": {{ event.total }}}', 'v', { '@path': '$.properties.total' }],
    ['{"v": {{ event.total | json }}}', 'v', { '@path': '$.properties.total' }],
    ['{"v": "{{ customer.email }}"}', 'v', { '@path': '$.context.traits.email' }],
    ['{"v": "{{ customer.id }}"}', 'v', { '@path': '$.userId' }],
    ['{"v": "Hi {{ customer.first_name }} ({{ event.cart_id }})"}', 'v', { '@template': 'Hi {{context.traits.first_name}} ({{properties.cart_id}})' }],
    ['{"v": "cart_abandoned"}', 'v', 'cart_abandoned'],
    ['{"v": 1.5}', 'v', 1.5],
    ['{"v": ["a", 1]}', 'v', ['a', 1]],
    ['{"a": {"b": [{"c": {{ event.sku }}}]}}', 'a.b[0].c', { '@path': '$.properties.sku' }],
  ])('%s maps %s', (template, key, value) => {
    const out = mapping(template);
    expect(out.mapping).toContainEqual(expect.objectContaining({ key, value }));
    expect(out.unsupported).toEqual([]);
  });

  it('uses $.traits for identify conditions', () => {
    const out = mapping('{"e": {{ customer.email | json }}}', 'type = "identify" and traits.email != null');
    expect(out.mapping[0].value).toEqual({ '@path': '$.traits.email' });
  });

  it.each([
    ['{"e": "{{ customer.email | downcase | sha256 }}"}', 'e', /downcase, sha256.*\$\.context\.traits\.email/],
    ['{"s": [{% for i in event.items %}{{ i.sku | json }}{% unless forloop.last %},{% endunless %}{% endfor %}]}', 's', /for i in event\.items/],
    ['{"a": 1{% if customer.phone %}, "p": {{ customer.phone | json }}{% endif %}}', 'p', /conditionally/],
    ['{"v": {% if event.total %}{{ event.total }}{% else %}0{% endif %}}', 'v', /conditionals and loops/],
    ['{"c": {{ campaign.id | json }}}', 'c', /Journeys context/],
    ['{% assign x = 1 %}{"x": {{ x }}}', 'x', /Liquid variable/],
  ])('%s lists %s as unsupported', (template, key, reason) => {
    const out = mapping(template);
    const hit = out.unsupported.find((u) => u.key === key);
    expect(hit?.reason).toMatch(reason);
    expect(out.mapping.find((m) => m.key === key)).toBeUndefined();
  });

  it('accounts for every key of a starter template (mapped or unsupported)', () => {
    const template = starterTemplate('cart_abandonment', 'webhook');
    const out = mapping(template);
    const keys = new Set([...out.mapping.map((m) => m.key), ...out.unsupported.map((u) => u.key)]);
    for (const k of ['event_id', 'event_name', 'occurred_at', 'schema_version', 'reason', 'trigger.id', 'trigger.version', 'person.id', 'person.email', 'data.cart_id', 'data.sku_ids']) {
      expect(keys.has(k), k).toBe(true);
    }
    expect(out.mappingJson).toMatchObject({ event_name: 'cart_abandonment_triggered', trigger: { id: 'cart_abandonment', version: 1 } });
  });

  it('hides secrets and marks drafts', () => {
    const out = buildPipelinesExport(exportInput({ status: 'draft' }));
    expect(JSON.stringify(out)).not.toContain(SECRET_VALUE);
    expect(out.isFinal).toBe(false);
    expect(out.steps[0]).toMatch(/UNAPPROVED DRAFT/);
  });
});
