import type { Diagnostic } from '../diagnostics.ts';
import { getDestination } from '../destinations/catalog.ts';
import { compileFql } from '../fql/compile.ts';
import { parseFql } from '../fql/parse.ts';
import { getUseCase } from '../use-cases/use-cases.ts';
import { tryParseJson } from './json-walk.ts';
import type { LintContext, OperatorLintInput, OperatorLintRule, ParsedRender } from './types.ts';
import { adsCoarseRule } from './rules/ads-coarse.ts';
import { dedupeKeyRule } from './rules/dedupe-key.ts';
import { identifiersRule } from './rules/identifiers.ts';
import { reasonRule } from './rules/reason.ts';
import { removalPathRule } from './rules/removal-path.ts';
import { schemaVersionRule } from './rules/schema-version.ts';
import { throttleNoisyEventsRule } from './rules/throttle-noisy-events.ts';

export type { OperatorLintInput, RenderedSample } from './types.ts';

export const OPERATOR_LINT_RULES: readonly OperatorLintRule[] = [
  dedupeKeyRule,
  schemaVersionRule,
  reasonRule,
  identifiersRule,
  adsCoarseRule,
  throttleNoisyEventsRule,
  removalPathRule,
];

/** Renders that parsed as JSON; failed renders and invalid JSON are reported by other checkers. */
function parseRenders(input: OperatorLintInput): ParsedRender[] {
  const out: ParsedRender[] = [];
  for (const r of input.rendered) {
    if (r.text == null) continue;
    const parsed = r.value !== undefined ? { ok: true as const, value: r.value } : tryParseJson(r.text);
    if (!parsed.ok) continue;
    const re = tryParseJson(r.rerenderText);
    out.push({ sampleId: r.sampleId, text: r.text, value: parsed.value, rerender: re.ok ? re.value : undefined });
  }
  return out;
}

/** Samples that would actually be sent: cross-sample checks only compare those. */
function firingSamples(input: OperatorLintInput): Set<string> | undefined {
  const { ast } = parseFql(input.condition);
  if (!ast) return undefined;
  const test = compileFql(ast);
  return new Set(input.samples.filter((s) => test(s.message)).map((s) => s.id));
}

/** The operator lints from the practitioner write-up, as Diagnostics (source "lint"). */
export function runOperatorLints(input: OperatorLintInput): Diagnostic[] {
  const ctx: LintContext = {
    ...input,
    destination: getDestination(input.destinationId),
    useCase: getUseCase(input.useCaseId),
    parsed: parseRenders(input),
    firing: firingSamples(input),
  };
  return OPERATOR_LINT_RULES.flatMap((rule) => rule.run(ctx));
}
