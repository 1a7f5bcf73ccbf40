import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripSpans } from './ast.ts';
import { formatFql, formatNumber } from './format.ts';
import { parseFql } from './parse.ts';
import { exprArb } from './test-arbitraries.ts';

function fmt(text: string): string {
  const { ast, diagnostics } = parseFql(text);
  if (!ast) throw new Error(diagnostics[0]?.message);
  return formatFql(ast);
}

describe('formatFql', () => {
  it.each([
    ["event = 'Button Clicked'", 'event = "Button Clicked"'],
    ['a or b and c', 'a or (b and c)'],
    ['(a or b) and c', '(a or b) and c'],
    ['(a and b) and c', '(a and b) and c'],
    ["!( type in ['track', 'identify'] )", '!(type in ["track", "identify"])'],
    ['!(properties.total > 200)', '!(properties.total > 200)'],
    ['!(a)', '!a'],
    ["match( 'ab*d', 'ab\\*d' )", 'match("ab*d", "ab\\*d")'],
    ['properties.product\\ 1.price = 1', 'properties.product\\ 1.price = 1'],
    ['properties.\\$price   >=   -1.50', 'properties.\\$price >= -1.5'],
    ['x = \'say "hi"\'', 'x = \'say "hi"\''],
    ['\\true = true', '\\true = true'],
    ['\\5 = 5', '\\5 = 5'],
    ["type = 'a'\r\nor type = 'b'", 'type = "a" or type = "b"'],
    ['(a = 1) = true', '(a = 1) = true'],
  ])('%s -> %s', (input, out) => expect(fmt(input)).toBe(out));

  it('writes numbers as plain decimals', () => {
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1.5e-7)).toBe('0.00000015');
    expect(formatNumber(-2.5e22)).toBe('-25000000000000000000000');
    expect(Number(formatNumber(1.2345e-300))).toBe(1.2345e-300);
  });

  it('parse(format(ast)) is the same tree for generated trees', () => {
    fc.assert(
      fc.property(exprArb, (ast) => {
        const text = formatFql(ast);
        const back = parseFql(text);
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(stripSpans(back.ast!)).toEqual(stripSpans(ast));
        expect(formatFql(back.ast!)).toBe(text);
      }),
      { numRuns: 600 },
    );
  });
});
