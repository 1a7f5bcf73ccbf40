import type { OperatorLintRule } from '../types.ts';
import { checkRequiredMember } from './required-member.ts';

/** Seed: "Send why, not just what": a reason makes downstream debugging and audience QA fast. */
export const reasonRule: OperatorLintRule = {
  code: 'lint/reason',
  run: (ctx) =>
    checkRequiredMember(ctx, {
      code: 'lint/reason',
      key: 'reason',
      why: 'send why the person was sent (e.g. "cart_abandon_high_value", "lapsed_90d") so downstream debugging and audience QA are fast.',
      member: (c) => `"reason": ${JSON.stringify(c.useCase?.reason ?? c.useCaseId)}`,
      isValid: (v) => typeof v === 'string' && v.trim() !== '',
      invalidMessage: 'use a non-empty machine-readable string.',
    }),
};
