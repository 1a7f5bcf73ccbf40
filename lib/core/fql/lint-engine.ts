/** Engine divergence: where the open-source Actions runtime would decide differently. */
import type { Diagnostic } from '../diagnostics.ts';
import type { SegmentMessage } from '../sample.ts';
import type { FqlNode } from './ast.ts';
import { findDivergence } from './engines.ts';
import { formatFql } from './format.ts';
import { finding, replaceFix, sampleList } from './lint-helpers.ts';

const RUNTIME = 'the open-source Actions runtime (@segment/destination-subscriptions)';

export function lintEngines(text: string, ast: FqlNode, samples: readonly SegmentMessage[]): Diagnostic[] {
  const d = findDivergence(text, ast, samples);
  if (!d.ossError && d.differing.length === 0) return [];
  const canonical = formatFql(ast);
  let fixes: ReturnType<typeof replaceFix>[] = [];
  if (canonical !== text) {
    const again = findDivergence(canonical, ast, samples);
    if (!again.ossError && again.differing.length === 0) fixes = [replaceFix('Rewrite in the portable form', ast.range, canonical)];
  }
  // The whole text, not just the tree's span, so leading/trailing whitespace is replaced too.
  if (fixes.length > 0) fixes[0].edits[0].range = wholeRange(text);
  if (d.ossError) {
    return [finding('fql/engine-divergence', 'warning', ast.range, `${RUNTIME} cannot parse this condition (${d.ossError}); where it runs, no event is sent`, fixes)];
  }
  const first = d.differing[0];
  const idx = d.differing.map((x) => x.index);
  const theirs = first.oss === 'unparseable' ? 'fails on it' : `says ${first.oss}`;
  const which = idx.length === 1 ? 'it' : `for sample ${first.index + 1} it`;
  return [
    finding('fql/engine-divergence', 'warning', ast.range, `${RUNTIME} answers differently on ${sampleList(idx)}: ${which} ${theirs}, the documented engine says ${first.ours}`, fixes),
  ];
}

function wholeRange(text: string) {
  const lines = text.split('\n');
  return { startLine: 1, startColumn: 1, endLine: lines.length, endColumn: lines[lines.length - 1].length + 1 };
}
