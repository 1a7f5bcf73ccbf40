/**
 * JSON-safety lints for a Liquid payload (docs §6). Every rule looks at what the samples actually
 * render, so a finding names the sample that shows the problem and carries a QuickFix.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { Sample } from '../../sample.ts';
import type { CompiledTemplate, RenderOptions } from '../types.ts';
import type { LintRule } from './lint-helpers.ts';
import { probeTemplate } from './probe.ts';
import { escapeForJson, quotedInterpolation, rawCollection } from './quoting-rules.ts';
import { doubleEncoded, trailingComma } from './structure-rules.ts';
import { defaultOnBoolean, floatNoise, hashingEmptyOrHashed, jsonOfMissing, millisecondTimestamp } from './value-rules.ts';

export const LINT_RULES: LintRule[] = [
  quotedInterpolation,
  jsonOfMissing,
  trailingComma,
  rawCollection,
  escapeForJson,
  floatNoise,
  millisecondTimestamp,
  defaultOnBoolean,
  hashingEmptyOrHashed,
  doubleEncoded,
];

export function lintTemplate(
  template: string,
  compiled: CompiledTemplate | null,
  samples: Sample[],
  options: RenderOptions,
): Diagnostic[] {
  if (!compiled || samples.length === 0) return []; // syntax errors are reported by compileTemplate
  const probe = probeTemplate(template, samples, { ...options, timezone: compiled.options.timezone });
  if (!probe) return [];
  return LINT_RULES.flatMap((rule) => rule(probe));
}
