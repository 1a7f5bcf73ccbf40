import type { TextEdit } from './diagnostics.ts';

function offsetOf(lines: string[], line: number, column: number): number {
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  const lineText = lines[Math.min(line - 1, lines.length - 1)] ?? '';
  return offset + Math.min(Math.max(0, column - 1), lineText.length);
}

/** Applies quick-fix edits to text outside the editor (the diagnostics list's Fix buttons, CLI). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const spans = edits
    .map((e) => ({ start: offsetOf(lines, e.range.startLine, e.range.startColumn), end: offsetOf(lines, e.range.endLine, e.range.endColumn), text: e.text }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(Math.max(s.start, s.end));
  return out;
}
