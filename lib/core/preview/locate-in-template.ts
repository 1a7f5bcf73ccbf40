import type { Range } from '../diagnostics.ts';

/**
 * Maps a place in the rendered payload back to the template line that produced it. Rendering is
 * not source-mapped by liquidjs, so we look for the JSON key the problem sits under; templates
 * write keys literally ("email": ...), which makes the key the reliable anchor.
 */
export function templateRangeForKey(template: string, key: string | undefined): Range | undefined {
  if (!key) return undefined;
  const needle = `"${key}"`;
  const lines = template.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i].indexOf(needle);
    if (col >= 0) return { startLine: i + 1, startColumn: col + 1, endLine: i + 1, endColumn: col + 1 + needle.length };
  }
  return undefined;
}

/** Last object key in a JSON pointer: "/payload/data/0" gives "data". */
export function lastKeyOfPointer(pointer: string): string | undefined {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (let i = parts.length - 1; i >= 0; i--) if (!/^\d+$/.test(parts[i])) return parts[i];
  return undefined;
}

/** The key whose value contains `offset` in a JSON-ish text, read backwards from the offset. */
export function keyBeforeOffset(text: string, offset: number): string | undefined {
  const before = text.slice(0, Math.max(0, offset));
  const matches = [...before.matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g)];
  return matches.length ? matches[matches.length - 1][1] : undefined;
}
