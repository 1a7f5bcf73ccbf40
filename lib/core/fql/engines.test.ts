import { describe, expect, it } from 'vitest';
import { loadVectors } from './test-vectors.ts';
import { compareEngines } from './engines.ts';

describe('compareEngines', () => {
  it.each([
    ['type = "track"', { type: 'track' }, true, true],
    ["type = 'track'", { type: 'track' }, true, false],
    ['type = track', { type: 'track' }, false, true],
    ['!(type = "track")', { type: 'track' }, false, true],
    ['length(userId) > 0', { userId: 'u' }, true, 'unparseable'],
    ['type = "track" and', { type: 'track' }, null, true],
    ['type == "track"', { type: 'track' }, null, false],
    ['(a', {}, null, 'unparseable'],
  ])('%s', (text, message, documented, oss) => {
    expect(compareEngines(text, message)).toEqual({ documented, ossRuntime: oss });
  });

  it('agrees on double-quoted visual-editor conditions from the vectors', () => {
    const vectors = loadVectors();
    const simple = vectors.filter((v) => /^(type|event|name) = '[^']*'( and (type|event|name) = '[^']*')*$/.test(v.expr));
    expect(simple.length).toBeGreaterThan(3);
    for (const v of simple) {
      const r = compareEngines(v.expr.replaceAll("'", '"'), v.event);
      expect(r.documented).toBe(v.expect);
      expect(r.ossRuntime).toBe(v.expect);
    }
  });
});
