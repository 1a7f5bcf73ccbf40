import { describe, expect, it } from 'vitest';
import { compileFql } from './compile.ts';
import { parseFql } from './parse.ts';

const msg = {
  type: 'track',
  event: 'Order Completed',
  userId: 'u1',
  properties: {
    total: 129.5,
    tier: '2',
    n: 2,
    flag: true,
    tags: ['a', 'b'],
    nums: [1, 2],
    nothing: null,
    obj: { a: 1 },
    obj2: { a: 1 },
    'utm.source': 'google',
    'product 1': { price: '19.99' },
    $price: 5,
    items: [{ sku: 'x' }],
    constructor: 'own',
  },
};

const run = (text: string, m: unknown = msg) => {
  const { ast, diagnostics } = parseFql(text);
  if (!ast) throw new Error(diagnostics[0].message);
  return compileFql(ast)(m);
};

describe('compileFql semantics (docs 3.3-3.9)', () => {
  it.each([
    ['type = "track"', true],
    ['properties.tier = 2', false],
    ['properties.tier = "2"', true],
    ['properties.n != "2"', true],
    ['properties.missing != ""', true],
    ['properties.missing = null', true],
    ['properties.nothing = null', true],
    ['properties.nothing != null', false],
    ['properties.total >= 129.5', true],
    ['properties.tier > 1', false],
    ['properties.missing < 1', false],
    ['properties.n <= properties.total', true],
    ['properties.tags = ["a", "b"]', true],
    ['properties.tags = ["b", "a"]', false],
    ['properties.tags != ["b", "a"]', true],
    ['"a" in properties.tags', true],
    ['"c" in properties.tags', false],
    ['2 in properties.nums', true],
    ['"2" in properties.nums', false],
    ['properties.tags in [1]', false],
    ['null in [null]', true],
    ['properties.missing in [null, 1]', true],
    ['properties.tier in "2"', false],
    ['properties.obj = properties.obj2', true],
    ['properties.flag', true],
    ['properties.tier', false],
    ['!properties.flag', false],
    ['!properties.tier', true],
    ['"true"', false],
    ['true', true],
    ['lowercase(event)', false],
    ['lowercase(event) = "order completed"', true],
    ['lowercase(properties.n) = null', true],
    ['length(properties.tags) = 2', true],
    ['length(properties.n) = null', true],
    ['length("ア") = 3', true],
    ['length("😀") = 4', true],
    ['length(properties.missing) = 0', true],
    ['typeof(properties.flag) = "bool"', true],
    ['typeof(properties.tags) = "list"', true],
    ['typeof(properties.missing) = "null"', true],
    ['typeof(properties.obj) = "object"', true],
    ['contains(properties.tags, "a")', false],
    ['contains(event, "Order")', true],
    ['contains(event, "order")', false],
    ['!contains(properties.missing, "x")', true],
    ['match(event, "Order *")', true],
    ['match(event, properties.missing)', false],
    ['match(event, lowercase("Order*"))', false],
    ['match(lowercase(event), "order*")', true],
    ['properties.utm\\.source = "google"', true],
    ['properties.product\\ 1.price = "19.99"', true],
    ['properties.\\$price = 5', true],
    ['properties.items.sku = "x"', false],
    ['properties.items.0.sku = "x"', false],
    ['properties.constructor = "own"', true],
    ['properties.toString = null', true],
    ['properties.__proto__ = null', true],
    ['(type = "track") = true', true],
    ['type = "identify" or (event = "Order Completed" and userId = "u1")', true],
    ['type = "track" and !(event = "A" or event = "B")', true],
    ['type = "track" and event = "A" and userId = "u1"', false],
    ['type = "x" or event = "y" or userId = "u1"', true],
  ])('%s -> %s', (text, want) => expect(run(text)).toBe(want));

  it('treats non-object messages as having no fields', () => {
    const isNull = compileFql(parseFql('type = null').ast!);
    const isTrack = compileFql(parseFql('type = "track"').ast!);
    for (const m of [null, undefined, 42, 'track', [1, 2]]) {
      expect(isNull(m)).toBe(true);
      expect(isTrack(m)).toBe(false);
    }
  });
});
