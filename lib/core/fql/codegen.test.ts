import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FqlNode } from './ast.ts';
import { generateFql } from './codegen.ts';
import { compileClosures, compileFql } from './compile.ts';
import { parseFql } from './parse.ts';
import { exprArb } from './test-arbitraries.ts';

const keys = ['type', 'event', 'properties', 'total', 'tags', 'constructor', 'length', '0', 'toString', '__proto__', 'a.b', 'x y'];
const leaf = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('track', 'Track', 'a*b', ''), fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
const valueArb: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...keys), tie('v'), { maxKeys: 4 })),
})).v;

/** Trees whose paths use the same small key set as the messages, so lookups hit. */
const pathyArb: fc.Arbitrary<FqlNode> = exprArb.map((n) => rekey(n));
function rekey(n: FqlNode): FqlNode {
  switch (n.type) {
    case 'path':
      return { ...n, segments: n.segments.map((s) => keys[s.length % keys.length]) };
    case 'and':
    case 'or':
      return { ...n, operands: n.operands.map(rekey) };
    case 'not':
      return { ...n, operand: rekey(n.operand) };
    case 'compare':
      return { ...n, left: rekey(n.left), right: rekey(n.right) };
    case 'call':
      return { ...n, args: n.args.map(rekey) };
    default:
      return n;
  }
}

describe('generated code vs closures', () => {
  it('is available in this environment', () => {
    expect(generateFql(parseFql('type = "track"').ast!)).toBeTypeOf('function');
  });

  it('gives the same answers on generated trees and messages', () => {
    fc.assert(
      fc.property(pathyArb, fc.array(valueArb, { minLength: 1, maxLength: 5 }), (ast, messages) => {
        const gen = generateFql(ast)!;
        const ref = compileClosures(ast);
        for (const m of messages) expect(gen(m)).toBe(ref(m));
      }),
      { numRuns: 1500 },
    );
  });

  it('never turns string content into code', () => {
    const text = `event = '"); throw new Error("x"); ("' or properties.\\"\\)\\; = "\u2028"`;
    const { ast, diagnostics } = parseFql(text);
    expect(diagnostics).toEqual([]);
    const f = compileFql(ast!);
    expect(f({ event: '"); throw new Error("x"); ("' })).toBe(true);
    expect(f({ properties: { '");': '\u2028' } })).toBe(true);
    expect(f({})).toBe(false);
  });
});
