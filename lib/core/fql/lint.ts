/**
 * Lints for a parsed condition (docs 3.13). Parse errors and the mixed and/or warning come from
 * parseFql; lintFql adds style, type and sample-based findings and the engine-divergence check.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { isJsonObject, type SegmentMessage } from '../sample.ts';
import type { FqlNode } from './ast.ts';
import { lintEngines } from './lint-engine.ts';
import { lintSamples } from './lint-samples.ts';
import { lintSyntax } from './lint-syntax.ts';

export function lintFql(text: string, ast: FqlNode | null, samples: SegmentMessage[]): Diagnostic[] {
  if (!ast) return [];
  const topLevel = new Set<string>();
  for (const s of samples) if (isJsonObject(s)) for (const k of Object.keys(s)) topLevel.add(k);
  return [...lintSyntax(text, ast, topLevel), ...lintSamples(ast, samples), ...lintEngines(text, ast, samples)];
}
