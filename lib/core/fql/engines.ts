/** Our documented-semantics engine side by side with the open-source Actions runtime. */
import type { FqlNode } from './ast.ts';
import { compileFql } from './compile.ts';
import { ossParse, ossValidate, type OssParsed } from './oss-engine.ts';
import { parseFql } from './parse.ts';

export type EngineComparison = { documented: boolean | null; ossRuntime: boolean | 'unparseable' };

// The UI asks once per sample for the same text; keep the last compile.
let last: { text: string; ours: ((m: unknown) => boolean) | null; oss: OssParsed } | null = null;

function prepare(text: string) {
  if (last?.text !== text) {
    const { ast } = parseFql(text);
    last = { text, ours: ast ? compileFql(ast) : null, oss: ossParse(text) };
  }
  return last;
}

export function compareEngines(text: string, message: unknown): EngineComparison {
  const p = prepare(text);
  return { documented: p.ours ? p.ours(message) : null, ossRuntime: ossValidate(p.oss, message) };
}

export type Divergence = { ossError?: string; differing: Array<{ index: number; ours: boolean; oss: boolean | 'unparseable' }> };

export function findDivergence(text: string, ast: FqlNode, messages: readonly unknown[]): Divergence {
  const ours = compileFql(ast);
  const oss = ossParse(text);
  if (!oss.ok) return { ossError: oss.error, differing: [] };
  const differing: Divergence['differing'] = [];
  messages.forEach((m, index) => {
    const a = ours(m);
    const b = ossValidate(oss, m);
    if (a !== b) differing.push({ index, ours: a, oss: b });
  });
  return { differing };
}
