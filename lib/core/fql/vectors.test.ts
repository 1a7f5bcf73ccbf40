import { describe, expect, it } from 'vitest';
import { loadVectors } from './test-vectors.ts';
import { compileFql } from './compile.ts';
import { parseFql } from './parse.ts';

const vectors = loadVectors();

describe('vectors-fql.json', () => {
  it('has cases', () => expect(vectors.length).toBeGreaterThan(50));

  it.each(vectors.map((v, i) => [i, v] as const))('#%i', (_i, v) => {
    const { ast, diagnostics } = parseFql(v.expr);
    if (v.expect === 'error') {
      expect(ast).toBeNull();
      const err = diagnostics.find((d) => d.severity === 'error');
      expect(err?.range).toBeDefined();
      expect(err?.message).toMatch(/ at \d+:\d+$/);
      return;
    }
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ast).not.toBeNull();
    expect(compileFql(ast!)(v.event)).toBe(v.expect);
    // UNVERIFIED precedence cases must also carry the mixed and/or warning.
    if (v.note?.includes('UNVERIFIED')) expect(diagnostics.map((d) => d.code)).toContain('fql/mixed-and-or');
  });
});
