import { positionAt, rangeOfOffsets, type Range, type TextEdit } from '../diagnostics.ts';

/** Range of the first occurrence of `needle` in the template, if any. */
export function rangeOf(text: string, needle: string | RegExp): Range | undefined {
  const offset = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  if (offset < 0) return undefined;
  const length = typeof needle === 'string' ? needle.length : (text.slice(offset).match(needle)?.[0].length ?? 1);
  return rangeOfOffsets(text, offset, offset + length);
}

/** `"key"` as a JSON member name in the template source. */
export function rangeOfJsonKey(text: string, key: string): Range | undefined {
  return rangeOf(text, new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`));
}

export function insertAt(text: string, offset: number, insert: string): TextEdit {
  const p = positionAt(text, offset);
  return { range: { startLine: p.line, startColumn: p.column, endLine: p.line, endColumn: p.column }, text: insert };
}

/** Offset of the first `{` that opens JSON (not a Liquid `{{` / `{%`), outside Liquid tags. */
export function jsonBodyStart(text: string): number {
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('{{', i) || text.startsWith('{%', i)) {
      const close = text.indexOf(text[i + 1] === '{' ? '}}' : '%}', i + 2);
      if (close < 0) return -1;
      i = close + 2;
      continue;
    }
    if (text[i] === '{') return i;
    i++;
  }
  return -1;
}

/**
 * An edit inserting `"key": value,` as the first member of the object opened at `openOffset`,
 * indented like the next line.
 */
export function insertMemberEdit(text: string, openOffset: number, member: string): TextEdit {
  const after = text.slice(openOffset + 1);
  const indent = /^\r?\n([ \t]*)/.exec(after)?.[1];
  const insert = indent !== undefined ? `\n${indent}${member},` : ` ${member}, `;
  return insertAt(text, openOffset + 1, insert);
}

/** Offset of the `{` after `"key":` (e.g. the warehouse row's `"properties": {`), or -1. */
export function objectOpenAfterKey(text: string, key: string): number {
  const m = new RegExp(`"${key}"\\s*:\\s*\\{(?![{%])`).exec(text);
  return m ? m.index + m[0].length - 1 : -1;
}
