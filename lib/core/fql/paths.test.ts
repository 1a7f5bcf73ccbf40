import { describe, expect, it } from 'vitest';
import type { SegmentMessage } from '../sample.ts';
import { compileFql } from './compile.ts';
import { parseFql } from './parse.ts';
import { fieldPaths, valueAtPath } from './paths.ts';

const samples: SegmentMessage[] = [
  { type: 'track', event: 'A', properties: { 'product 1': { price: '19.99' }, 'utm.source': 'g', $price: 5, items: [{ sku: 'x' }], n: null } },
  { type: 'identify', traits: { email: 'a@b.c' }, properties: { $price: '5' } },
];

describe('fieldPaths', () => {
  const paths = fieldPaths(samples);
  const by = (escaped: string) => paths.find((p) => p.escaped === escaped);

  it('escapes odd key names so the path parses back to the same keys', () => {
    expect(by('properties.product\\ 1.price')).toEqual({ path: 'properties.product 1.price', escaped: 'properties.product\\ 1.price', types: ['string'] });
    expect(by('properties.utm\\.source')?.types).toEqual(['string']);
    expect(by('properties.\\$price')?.types).toEqual(['number', 'string']);
    for (const p of paths) {
      const { ast } = parseFql(`${p.escaped} != null`);
      expect(ast, p.escaped).not.toBeNull();
    }
  });

  it('lists objects and lists but does not descend into lists', () => {
    expect(by('properties')?.types).toEqual(['object']);
    expect(by('properties.items')?.types).toEqual(['list']);
    expect(paths.some((p) => p.escaped.startsWith('properties.items.'))).toBe(false);
    expect(by('properties.n')?.types).toEqual(['null']);
    expect(by('traits.email')?.types).toEqual(['string']);
  });

  it('every listed path reads the value the evaluator reads', () => {
    for (const p of fieldPaths(samples)) {
      for (const s of samples) {
        const v = valueAtPath(s, p.escaped);
        const f = compileFql(parseFql(`typeof(${p.escaped}) = "null"`).ast!);
        expect(f(s)).toBe(v === undefined || v === null);
      }
    }
  });
});

describe('valueAtPath', () => {
  it.each([
    ['properties.product\\ 1.price', '19.99'],
    ['properties.\\$price', 5],
    ['properties.n', null],
    ['properties.missing', undefined],
    ['properties.items.0', undefined],
    ['not a path', undefined],
    ['', undefined],
  ])('%s', (path, want) => expect(valueAtPath(samples[0], path)).toEqual(want));
});
