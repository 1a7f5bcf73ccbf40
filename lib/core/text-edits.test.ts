import { describe, expect, it } from 'vitest';
import { applyEdits } from './text-edits.ts';

const r = (startLine: number, startColumn: number, endLine: number, endColumn: number) => ({ startLine, startColumn, endLine, endColumn });

describe('applyEdits', () => {
  it.each([
    ['replaces within a line', 'a "x" b', [{ range: r(1, 3, 1, 6), text: 'x | json' }], 'a x | json b'],
    ['inserts at a point', 'ab\ncd', [{ range: r(2, 2, 2, 2), text: 'X' }], 'ab\ncXd'],
    ['applies several edits right to left', 'one two', [{ range: r(1, 1, 1, 4), text: '1' }, { range: r(1, 5, 1, 8), text: '2' }], '1 2'],
    ['spans lines', 'a\nb\nc', [{ range: r(1, 2, 3, 1), text: '-' }], 'a-c'],
  ])('%s', (_name, text, edits, expected) => {
    expect(applyEdits(text, edits)).toBe(expected);
  });
});
