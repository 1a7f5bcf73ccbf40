import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeOfOffsets } from '../diagnostics.ts';
import { createRangeFinder } from './source-ranges.ts';

describe('createRangeFinder', () => {
  it('agrees with rangeOfOffsets everywhere', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', 'b', ' ') }), fc.nat(), fc.nat(), (text, x, y) => {
        const begin = x % (text.length + 1);
        const end = begin + (y % 5);
        expect(createRangeFinder(text)(begin, end)).toEqual(rangeOfOffsets(text, begin, end));
      }),
    );
  });
});
