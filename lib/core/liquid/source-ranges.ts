/**
 * Offsets → 1-based ranges with a precomputed line index: positionAt() rescans from the start each
 * call, which made compile O(tokens × length) on a 5 KB template.
 */
import type { Range } from '../diagnostics.ts';

export function createRangeFinder(source: string): (begin: number, end: number) => Range {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number) => {
    const at = Math.min(Math.max(0, offset), source.length);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo] + 1 };
  };
  return (begin, end) => {
    const a = position(begin);
    const b = position(Math.max(begin + 1, end));
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  };
}
