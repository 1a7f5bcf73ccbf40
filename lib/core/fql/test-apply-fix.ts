/** Test helper: applies a QuickFix's edits to text (edits may span lines). */
import type { QuickFix, Range } from '../diagnostics.ts';
import { applyEdits } from '../text-edits.ts';

function offsetOf(text: string, line: number, column: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) off = text.indexOf('\n', off) + 1;
  return off + column - 1;
}

export function applyQuickFix(text: string, fix: QuickFix): string {
  return applyEdits(text, fix.edits);
}

export function rangeText(text: string, r: Range): string {
  return text.slice(offsetOf(text, r.startLine, r.startColumn), offsetOf(text, r.endLine, r.endColumn));
}
