import type { Range, TextEdit } from '../diagnostics.ts';

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function offsets(text: string, r: Range): [number, number] {
  return [offsetOf(text, r.startLine, r.startColumn), offsetOf(text, r.endLine, r.endColumn)];
}

/** Apply a QuickFix's edits (ranges refer to the original text), last edit first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e) => ({ e, o: offsets(text, e.range) })).sort((a, b) => b.o[0] - a.o[0]);
  let out = text;
  for (const { e, o } of sorted) out = out.slice(0, o[0]) + e.text + out.slice(o[1]);
  return out;
}
