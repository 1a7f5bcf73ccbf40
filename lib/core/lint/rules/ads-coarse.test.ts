import { describe, expect, it } from 'vitest';
import { lintInput } from '../lint-test-helpers.ts';
import { runOperatorLints } from '../run-operator-lints.ts';
import type { DestinationId } from '../../destinations/catalog.ts';

const run = (input: ReturnType<typeof lintInput>) => runOperatorLints(input).filter((d) => d.code === 'lint/ads-coarse');

describe('lint/ads-coarse', () => {
  it.each([['meta_custom_audience'], ['google_customer_match'], ['tiktok_audience']] as Array<[DestinationId]>)(
    'starter template for %s is coarse',
    (destinationId) => expect(run(lintInput({ destinationId }))).toEqual([]),
  );

  it.each([
    [3, 0],
    [4, 1],
  ])('%i tags -> %i findings', (count, expected) => {
    const tags = Array.from({ length: count }, (_, i) => `"tag_${i}": "x"`).join(',\n  ');
    const template = `{\n  "payload": {"schema": "EMAIL_SHA256", "data": ["{{ customer.email | strip | downcase | sha256 }}"]},\n  ${tags}\n}`;
    const found = run(lintInput({ destinationId: 'meta_custom_audience', template }));
    expect(found).toHaveLength(expected);
    if (expected) expect(found[0].range?.startLine).toBe(6);
  });

  it('ignores rich destinations', () => {
    expect(run(lintInput({ destinationId: 'warehouse_events' }))).toEqual([]);
  });
});
