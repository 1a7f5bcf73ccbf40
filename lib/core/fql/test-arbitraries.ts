/** fast-check generators of FQL trees (spans are dummies; comparisons use stripSpans). */
import fc from 'fast-check';
import type { CompareOp, FqlNode, FunctionName, LiteralNode } from './ast.ts';

const R = { start: 0, end: 0, range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };

const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('', ' ', 'a*b', '\\', 'ア', '"x', "it's"));

export const literalArb: fc.Arbitrary<LiteralNode> = fc.oneof(
  text.filter((s) => !(s.includes('"') && s.includes("'"))).map((value) => ({ type: 'string' as const, value, quote: '"' as const, ...R })),
  fc
    .oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
    .filter((n) => !Object.is(n, -0))
    .map((value) => ({ type: 'number' as const, value, raw: String(value), ...R })),
  fc.boolean().map((value) => ({ type: 'bool' as const, value, ...R })),
  fc.constant({ type: 'null' as const, ...R }),
);

const segment = fc.oneof(
  fc.constantFrom('type', 'event', 'properties', 'traits', 'total', 'first-name', 'true', 'and', '2fa', '5', 'a.b', 'x y', '$p'),
  fc.string({ minLength: 1, maxLength: 5 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
);
export const pathArb: fc.Arbitrary<FqlNode> = fc
  .array(segment, { minLength: 1, maxLength: 3 })
  .map((segments) => ({ type: 'path' as const, segments, raw: '', ...R }));

const ops: CompareOp[] = ['=', '!=', '<', '<=', '>', '>=', 'in'];
const fns: FunctionName[] = ['contains', 'match', 'length', 'lowercase', 'typeof'];

export const exprArb: fc.Arbitrary<FqlNode> = fc.letrec<{ expr: FqlNode }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literalArb,
    pathArb,
    fc.array(literalArb, { maxLength: 3 }).map((items) => ({ type: 'list' as const, items, ...R })),
    fc
      .tuple(fc.constantFrom(...fns), tie('expr'), tie('expr'))
      .map(([name, a, b]) => ({ type: 'call' as const, name, args: name === 'contains' || name === 'match' ? [a, b] : [a], ...R })),
    fc
      .tuple(fc.constantFrom(...ops), tie('expr'), tie('expr'))
      .map(([op, left, right]) => ({ type: 'compare' as const, op, left, right, opSpan: R, ...R })),
    tie('expr').map((operand) => ({ type: 'not' as const, operand, ...R })),
    fc
      .tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(tie('expr'), { minLength: 2, maxLength: 3 }))
      .map(([type, operands]) => ({ type, operands, ...R })),
  ),
})).expr;
