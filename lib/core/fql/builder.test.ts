import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadVectors } from './test-vectors.ts';
import { fromBuilder, toBuilder, type BuilderModel, type BuilderOperator, type BuilderRow } from './builder.ts';
import { compileFql } from './compile.ts';
import { parseFql } from './parse.ts';

const parse = (t: string) => {
  const { ast, diagnostics } = parseFql(t);
  if (!ast) throw new Error(`${t}: ${diagnostics[0]?.message}`);
  return ast;
};

describe('toBuilder / fromBuilder', () => {
  it.each([
    ['type = "track" and event = "purchase"', 'type = "track" and event = "purchase"'],
    ["contains(properties.name, 'Nike')", 'contains(properties.name, "Nike")'],
    ['!contains(properties.name, "Nike")', '!contains(properties.name, "Nike")'],
    ['match(properties.name, "X*")', 'match(properties.name, "X*")'],
    ['match(properties.name, "*X")', 'match(properties.name, "*X")'],
    ['match(properties.name, "a\\*b*")', 'match(properties.name, "a\\*b*")'],
    ['properties.name != null or traits.x = null', 'properties.name != null or traits.x = null'],
    ['properties.premium = true and properties.price >= 100', 'properties.premium = true and properties.price >= 100'],
    ['(type = "track" and event = "A") or (type = "page" and name = "B")', '(type = "track" and event = "A") or (type = "page" and name = "B")'],
    ['type = "track" and (event = "A" or event = "B")', 'type = "track" and (event = "A" or event = "B")'],
    ['userId != "x" and context.library.name = "js" and properties.n = 2', 'userId != "x" and context.library.name = "js" and properties.n = 2'],
  ])('%s round-trips', (text, canonical) => {
    const r = toBuilder(parse(text));
    expect(r.ok).toBe(true);
    if (r.ok) expect(fromBuilder(r.model)).toBe(canonical);
  });

  it('maps each operator', () => {
    const r = toBuilder(parse('(properties.a = "x" and properties.b != 1 and properties.c < 1 and properties.d <= 2) or (properties.e > 3 and properties.f >= 4 and properties.g != null and properties.h = null and properties.i = false)'));
    expect(r.ok && r.model.groups.flatMap((g) => g.rows.map((x) => x.operator))).toEqual(['is', 'is not', '<', '<=', '>', '>=', 'exists', 'does not exist', 'is false']);
  });

  it.each([
    ["'a' in properties.tags", /in/],
    ['!(type = "track")', /!/],
    ['length(properties.items) > 2', /length/],
    ['properties.a = properties.b', /two fields/],
    ['anonymousId = "x"', /anonymousId/],
    ['match(properties.a, "a?c")', /starts-with or ends-with/],
    ['type = "a" and (event = "b" or (name = "c" and userId = "d"))', /nested/],
    ['properties.flag', /bare field/],
    ['properties.a > "x"', /number/],
  ])('%s cannot be shown: %s', (text, reason) => {
    const r = toBuilder(parse(text));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('keeps the meaning of every vector it accepts', () => {
    const vectors = loadVectors();
    let accepted = 0;
    for (const v of vectors) {
      if (v.expect === 'error') continue;
      const ast = parse(v.expr);
      const r = toBuilder(ast);
      if (!r.ok) continue;
      accepted++;
      const back = parse(fromBuilder(r.model));
      expect(compileFql(back)(v.event), v.expr).toBe(compileFql(ast)(v.event));
    }
    expect(accepted).toBeGreaterThan(20);
  });

  const ops: BuilderOperator[] = ['is', 'is not', 'contains', 'does not contain', 'starts with', 'ends with', '<', '<=', '>', '>=', 'exists', 'does not exist', 'is true', 'is false'];
  const rowArb: fc.Arbitrary<BuilderRow> = fc
    .tuple(
      fc.constantFrom('type', 'event', 'userId', 'name', 'properties.total', 'properties.product\\ 1.price', 'traits.email', 'context.page.path'),
      fc.constantFrom(...ops),
      fc.oneof(fc.string().filter((s) => !s.includes('"')), fc.integer({ min: -1000, max: 1000 })),
    )
    .map(([field, operator, value]) => {
      if (operator === 'exists' || operator === 'does not exist' || operator === 'is true' || operator === 'is false') return { field, operator };
      if (operator === '<' || operator === '<=' || operator === '>' || operator === '>=') return { field, operator, value: typeof value === 'number' ? value : value.length };
      if (operator === 'contains' || operator === 'does not contain' || operator === 'starts with' || operator === 'ends with') return { field, operator, value: String(value) };
      return { field, operator, value };
    });
  const modelArb: fc.Arbitrary<BuilderModel> = fc.record({
    join: fc.constantFrom('and' as const, 'or' as const),
    groups: fc.array(fc.record({ join: fc.constantFrom('and' as const, 'or' as const), rows: fc.array(rowArb, { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
  });
  const eventArb = fc.record({
    type: fc.constantFrom('track', 'page'),
    event: fc.constantFrom('A', 'a', ''),
    userId: fc.constantFrom('u1', 'U1'),
    properties: fc.record({ total: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant('3')), 'product 1': fc.record({ price: fc.constantFrom(1, '1') }) }),
  });

  it('model -> text -> model keeps the meaning (generated models and events)', () => {
    fc.assert(
      fc.property(modelArb, fc.array(eventArb, { minLength: 1, maxLength: 4 }), (model, events) => {
        const text = fromBuilder(model);
        const ast = parse(text);
        const r = toBuilder(ast);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const again = fromBuilder(r.model);
        expect(again).toBe(text);
        const a = compileFql(ast);
        const b = compileFql(parse(again));
        for (const e of events) expect(b(e)).toBe(a(e));
      }),
      { numRuns: 300 },
    );
  });
});
