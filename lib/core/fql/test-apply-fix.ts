/** Test helper: applies a QuickFix's edits to text (edits may span lines). */
import type { QuickFix, Range } from '../diagnostics.ts';

function offsetOf(text: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) off = text.indexOf('\n', off) + 1;
  return off + column - 1;
}

export function applyQuickFix(text: string, fix: QuickFix): string {
  const edits = fix.edits
    .map((e) => ({ ...e, s: offsetOf(text, e.range.startLine, e.range.startColumn), t: offsetOf(text, e.range.endLine, e.range.endColumn) }))
    .sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of edits) out = out.slice(0, e.s) + e.text + out.slice(e.t);
  return out;
}

export function rangeText(text: string, r: Range): string {
  return text.slice(offsetOf(text, r.startLine, r.startColumn), offsetOf(text, r.endLine, r.endColumn));
}
