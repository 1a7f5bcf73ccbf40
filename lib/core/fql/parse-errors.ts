/** Error and warning builders for the parser (kept apart so the grammar stays readable). */
import { rangeOfOffsets, type Diagnostic } from '../diagnostics.ts';
import type { FqlNode, LogicNode } from './ast.ts';
import { FqlSyntaxError, type Token } from './tokenize.ts';

export const CMP_OPS = new Set(['=', '!=', '<', '<=', '>', '>=']);

export function describeToken(text: string, t: Token): string {
  if (t.kind === 'eof') return 'the end of the condition';
  return `'${text.slice(t.start, Math.min(t.end, t.start + 30))}'`;
}

/** The error for a token the grammar cannot take here, with a fix where one is obvious. */
export function unexpectedToken(text: string, t: Token, expectedText: string): FqlSyntaxError {
  let expected = expectedText;
  const lower = t.kind === 'word' && !t.escaped ? t.raw.toLowerCase() : '';
  if (lower === 'and' || lower === 'or' || lower === 'in') {
    const raw = (t as { raw: string }).raw;
    return new FqlSyntaxError(`keywords are lowercase: use '${lower}' instead of '${raw}'`, t.start, t.end, 'fql/keyword-case', undefined, {
      title: `Replace '${raw}' with '${lower}'`,
      text: lower,
    });
  }
  if (t.kind === ')') return new FqlSyntaxError("unmatched ')': there is no '(' to close", t.start, t.end);
  if (t.kind === 'string' || t.kind === 'number' || t.kind === 'word' || t.kind === '(' || t.kind === '[') {
    expected = `${expected} (is an 'and' / 'or' or an operator missing before it?)`;
  }
  if (t.kind === 'op' && CMP_OPS.has(t.value)) {
    return new FqlSyntaxError(`unexpected ${describeToken(text, t)}: a comparison has one operator; combine comparisons with 'and' / 'or'`, t.start, t.end);
  }
  return new FqlSyntaxError(`unexpected ${describeToken(text, t)}; ${expected}`, t.start, Math.max(t.end, t.start + 1));
}

/** Warning for `a or b and c`; the fix wraps each bare and-chain in parentheses. */
export function mixedAndOrWarning(text: string, node: LogicNode, bare: FqlNode[]): Diagnostic {
  // Insertions need empty ranges (rangeOfOffsets widens empty spans to one character).
  const point = (offset: number) => {
    const r = rangeOfOffsets(text, offset, offset);
    return { ...r, endLine: r.startLine, endColumn: r.startColumn };
  };
  const edits = bare.flatMap((b) => [
    { range: point(b.start), text: '(' },
    { range: point(b.end), text: ')' },
  ]);
  return {
    source: 'fql',
    code: 'fql/mixed-and-or',
    severity: 'warning',
    target: 'condition',
    range: node.range,
    message:
      "'and' and 'or' are mixed without parentheses: evaluated with 'and' binding tighter, but the precedence is undocumented and other engines group differently",
    fixes: [{ title: 'Add parentheses around the and-groups', edits }],
  };
}
