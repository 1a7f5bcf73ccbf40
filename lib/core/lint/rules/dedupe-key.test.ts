import { describe, expect, it } from 'vitest';
import { Liquid } from 'liquidjs';
import { applyEdits } from '../../text-edits.ts';
import { lintInput } from '../lint-test-helpers.ts';
import { runOperatorLints } from '../run-operator-lints.ts';
import { dedupeKeyRule } from './dedupe-key.ts';
import { starterSamples } from '../../use-cases/starter-samples.ts';

const run = (input: ReturnType<typeof lintInput>) => runOperatorLints(input).filter((d) => d.code === 'lint/dedupe-key');

describe('lint/dedupe-key', () => {
  it.each([
    ['warehouse_events'], ['meta_custom_audience'], ['google_customer_match'], ['tiktok_audience'], ['webhook'],
  ] as const)('starter template for %s passes', (destinationId) => {
    expect(run(lintInput({ destinationId }))).toEqual([]);
  });

  it('analytics accepts messageId as the dedupe key', () => {
    expect(run(lintInput({ useCaseId: 'vip_tier_entered', destinationId: 'analytics_track' }))).toEqual([]);
  });

  it('reports a missing key with a fix that inserts a deterministic one', () => {
    const template = '{\n  "person": {{ customer.id | json }}\n}';
    const input = lintInput({ destinationId: 'webhook', template });
    const [d] = run(input);
    expect(d).toMatchObject({ severity: 'warning', source: 'lint', target: 'template' });
    const fixed = applyEdits(template, d.fixes![0].edits);
    expect(fixed).toContain('"event_id": "{{ customer.id | append: ":" | append: event_timestamp | append: ":cart_abandonment" | sha256 }}",');
    expect(run(lintInput({ destinationId: 'webhook', template: fixed }))).toEqual([]);
  });

  it('flags a key that changes between renders of one sample', () => {
    const template = '{\n  "event_id": "{{ customer.id }}-{{ n }}"\n}';
    const input = lintInput({ destinationId: 'webhook', template });
    const engine = new Liquid();
    let n = 0;
    input.rendered = input.samples.map((s) => ({
      sampleId: s.id,
      text: engine.parseAndRenderSync(template, { customer: s.customer, n: n++ }),
      rerenderText: engine.parseAndRenderSync(template, { customer: s.customer, n: n++ }),
    }));
    const found = run(input);
    expect(found.filter((d) => d.severity === 'error').map((d) => d.sampleId)).toEqual(input.samples.map((s) => s.id));
    expect(found[0].range?.startLine).toBe(2);
  });

  it('flags two samples with the same key', () => {
    const template = '{\n  "event_id": "fixed-key"\n}';
    const found = run(lintInput({ destinationId: 'webhook', template, condition: 'type = "track"' }));
    expect(found).toHaveLength(2);
    expect(found.every((d) => d.severity === 'warning' && /same dedupe key/.test(d.message))).toBe(true);
  });

  it('only compares samples the condition fires for', () => {
    const template = '{\n  "event_id": "fixed-key"\n}';
    // The dirty cart has a null total, so the default condition (total >= 50) skips it.
    const found = run(lintInput({ destinationId: 'webhook', template }));
    expect(found.map((d) => d.sampleId)).toEqual(['missing-optional']);
    const withNonMatching = lintInput({ useCaseId: 'winback_90d', destinationId: 'warehouse_events' });
    const all = lintInput({ useCaseId: 'winback_90d', destinationId: 'warehouse_events', samples: [...withNonMatching.samples, ...starterSamples('winback_90d').filter((s) => s.id === 'non-matching')] });
    expect(run(all)).toEqual([]);
  });

  it('flags samples where the key renders empty', () => {
    const template = '{\n  "dedupe_key": {{ event.nothing | default: "" | json }}\n}';
    const found = run(lintInput({ destinationId: 'webhook', template }));
    expect(found.map((d) => d.sampleId)).toEqual(['complete', 'missing-optional', 'dirty']);
    expect(dedupeKeyRule.code).toBe('lint/dedupe-key');
  });
});
