import { describe, expect, it } from 'vitest';
import { lintInput } from '../lint-test-helpers.ts';
import { runOperatorLints } from '../run-operator-lints.ts';

const run = (condition: string) =>
  runOperatorLints(lintInput({ condition })).filter((d) => d.code === 'lint/throttle-noisy-events');

describe('lint/throttle-noisy-events', () => {
  it.each([
    ['type = "track" and event = "Cart Updated"', 1, 29],
    ['type = "track" and event = "product_viewed"', 1, 29],
    ['event = "Product Viewed" or event = "cart_updated"', 2, 10],
    ['type = "track" and event = "Checkout Started"', 0, 0],
  ])('%s -> %i notes', (condition, count, column) => {
    const found = run(condition);
    expect(found).toHaveLength(count);
    if (count) expect(found[0]).toMatchObject({ severity: 'info', target: 'condition', range: { startLine: 1, startColumn: column } });
  });
});
