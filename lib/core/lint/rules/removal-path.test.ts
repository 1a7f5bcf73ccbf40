import { describe, expect, it } from 'vitest';
import { lintInput } from '../lint-test-helpers.ts';
import { runOperatorLints } from '../run-operator-lints.ts';
import type { DestinationId } from '../../destinations/catalog.ts';
import type { UseCaseId } from '../../use-cases/use-cases.ts';

const run = (useCaseId: UseCaseId, destinationId: DestinationId, hasRemovalPath: boolean) =>
  runOperatorLints(lintInput({ useCaseId, destinationId, hasRemovalPath })).filter((d) => d.code === 'lint/removal-path');

describe('lint/removal-path', () => {
  it.each([
    ['cart_abandonment', 'meta_custom_audience', false, 1],
    ['cart_abandonment', 'meta_custom_audience', true, 0],
    ['purchase_removal', 'meta_custom_audience', false, 0],
    ['cart_abandonment', 'warehouse_events', false, 0],
    ['vip_tier_entered', 'google_customer_match', false, 1],
  ] as Array<[UseCaseId, DestinationId, boolean, number]>)('%s -> %s, removal path %s: %i', (u, d, has, n) => {
    expect(run(u, d, has)).toHaveLength(n);
  });

  it('names the paired use case', () => {
    expect(run('winback_90d', 'tiktok_audience', false)[0].message).toContain('Winback removal on reactivation');
  });
});
