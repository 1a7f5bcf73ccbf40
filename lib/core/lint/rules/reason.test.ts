import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../text-edits.ts';
import { lintInput } from '../lint-test-helpers.ts';
import { runOperatorLints } from '../run-operator-lints.ts';

const run = (input: ReturnType<typeof lintInput>) => runOperatorLints(input).filter((d) => d.code === 'lint/reason');

describe('lint/reason', () => {
  it('passes the starter templates', () => {
    expect(run(lintInput({ destinationId: 'warehouse_events' }))).toEqual([]);
    expect(run(lintInput({ useCaseId: 'vip_tier_entered', destinationId: 'analytics_track' }))).toEqual([]);
  });

  it('warehouse: the fix puts reason inside properties (the row schema is closed)', () => {
    const template = '{\n  "event_id": "x",\n  "properties": {\n    "cart": 1\n  }\n}';
    const [d] = run(lintInput({ destinationId: 'warehouse_events', template }));
    const fixed = applyEdits(template, d.fixes![0].edits);
    expect(JSON.parse(fixed)).toEqual({ event_id: 'x', properties: { reason: 'cart_abandon_high_value', cart: 1 } });
  });

  it('meta capi: the fix goes into custom_data', () => {
    const template = '{"data": [{"event_name": "x", "custom_data": {"value": 1}}]}';
    const [d] = run(lintInput({ useCaseId: 'replenishment', destinationId: 'meta_capi', template }));
    expect(JSON.parse(applyEdits(template, d.fixes![0].edits)).data[0].custom_data.reason).toBe('replenishment_window_open');
  });

  it('flags an empty reason', () => {
    const found = run(lintInput({ destinationId: 'webhook', template: '{"reason": ""}' }));
    expect(found).toHaveLength(3);
    expect(found[0].path).toBe('/reason');
  });
});
