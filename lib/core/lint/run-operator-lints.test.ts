import { describe, expect, it } from 'vitest';
import { USE_CASES } from '../use-cases/use-cases.ts';
import { starterSamples } from '../use-cases/starter-samples.ts';
import { lintInput } from './lint-test-helpers.ts';
import { OPERATOR_LINT_RULES, runOperatorLints } from './run-operator-lints.ts';

const pairs = USE_CASES.flatMap((u) => u.suggestedDestinations.map((d) => [u.id, d] as const));

describe('runOperatorLints', () => {
  it.each(pairs)('starter %s -> %s is clean (with a removal path)', (useCaseId, destinationId) => {
    const input = lintInput({ useCaseId, destinationId, hasRemovalPath: true });
    expect(runOperatorLints(input)).toEqual([]);
    // Including the sample the condition does not fire for (same person as "complete").
    expect(runOperatorLints(lintInput({ useCaseId, destinationId, hasRemovalPath: true, samples: starterSamples(useCaseId) }))).toEqual([]);
  });

  it('every finding is a lint diagnostic with a code owned by a rule', () => {
    const codes = new Set(OPERATOR_LINT_RULES.map((r) => r.code));
    const found = runOperatorLints(
      lintInput({ template: '{"email": "{{ customer.email | sha256 }}", "a": 1, "b": 2, "c": 3, "d": 4}', destinationId: 'meta_custom_audience', condition: 'event = "Cart Updated"', hasRemovalPath: false }),
    );
    expect(new Set(found.map((d) => d.code))).toEqual(codes);
    for (const d of found) expect(d.source).toBe('lint');
  });

  it('skips failed renders and invalid JSON instead of throwing', () => {
    const input = lintInput({ destinationId: 'webhook' });
    input.rendered = [{ sampleId: 'complete', text: null }, { sampleId: 'dirty', text: '{"a": ' }];
    expect(() => runOperatorLints(input)).not.toThrow();
  });
});
