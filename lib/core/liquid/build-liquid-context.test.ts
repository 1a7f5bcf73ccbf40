import { describe, expect, it } from 'vitest';
import { buildLiquidContext, inferTriggerKind, restrictContextToKind } from './build-liquid-context.ts';
import { JANE } from './test-helpers.ts';

describe('buildLiquidContext', () => {
  it('person: customer only', () => {
    expect(buildLiquidContext(JANE, 'person')).toEqual({ customer: JANE.customer });
  });

  it('event: customer, event = message.properties (no injected name), event_timestamp in unix seconds', () => {
    const ctx = buildLiquidContext(JANE, 'event');
    expect(ctx.event).toBe(JANE.message.properties);
    expect(ctx.event).not.toHaveProperty('name');
    expect(ctx.event_timestamp).toBe(1700000000);
    expect(ctx.customer).toBe(JANE.customer);
  });

  it('webhook: trigger from sample.trigger, else the message properties; customer empty', () => {
    expect(buildLiquidContext({ ...JANE, trigger: { order_id: 'o1' } }, 'webhook')).toEqual({ trigger: { order_id: 'o1' }, customer: {} });
    expect(buildLiquidContext(JANE, 'webhook').trigger).toBe(JANE.message.properties);
  });

  it('object: trigger.<object>.* plus the related person', () => {
    const sample = { ...JANE, trigger: { account: { plan: 'pro' } } };
    expect(buildLiquidContext(sample, 'object')).toEqual({ trigger: { account: { plan: 'pro' } }, customer: JANE.customer });
  });

  it('restricts a bare context to what the trigger kind provides', () => {
    const ctx = { customer: { a: 1 }, event: { b: 2 }, trigger: { c: 3 }, campaign: { id: 1 } };
    expect(restrictContextToKind(ctx, 'person')).toEqual({ customer: { a: 1 }, campaign: { id: 1 } });
    expect(restrictContextToKind(ctx, 'webhook')).toEqual({ customer: {}, trigger: { c: 3 }, campaign: { id: 1 } });
  });

  it.each([
    [{ trigger: { a: 1 } }, 'webhook'],
    [{ event: {} }, 'event'],
    [{ customer: {} }, 'person'],
  ] as const)('infers the trigger kind of %j', (ctx, kind) => expect(inferTriggerKind(ctx)).toBe(kind));
});
