import type { OperatorLintRule } from '../types.ts';
import { checkRequiredMember } from './required-member.ts';

/** Seed: "Version your payload: add schema_version" so consumers do not break silently. */
export const schemaVersionRule: OperatorLintRule = {
  code: 'lint/schema-version',
  run: (ctx) =>
    checkRequiredMember(ctx, {
      code: 'lint/schema-version',
      key: 'schema_version',
      why: 'version the payload contract so a later field change does not break downstream consumers silently.',
      member: () => '"schema_version": 1',
      isValid: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1) || (typeof v === 'string' && v.trim() !== ''),
      invalidMessage: 'use a positive integer (or a non-empty version string) and bump it on every contract change.',
    }),
};
