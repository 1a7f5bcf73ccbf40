import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_SAMPLE_DEPTH, parseSampleInput } from './parse-sample.ts';

const none = new Set<string>();

describe('parseSampleInput', () => {
  it('reports invalid JSON with line and column', () => {
    const r = parseSampleInput('{\n  "email": "a@b.c",\n  oops\n}', none, 'x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/line 3, column 3/);
  });

  it('turns a raw track message into a sample with the message kept whole', () => {
    const msg = { type: 'track', event: 'Checkout Started', userId: 'u1', properties: { total: 5 }, context: { traits: { email: 'a@b.c' } } };
    const r = parseSampleInput(JSON.stringify(msg), none, 'x');
    expect(r.ok && r.sample.message).toEqual(msg);
    expect(r.ok && r.sample.customer).toEqual({ email: 'a@b.c', id: 'u1' });
    expect(r.ok && r.sample.name).toBe('Checkout Started');
  });

  it('turns a raw person into an identify sample', () => {
    const r = parseSampleInput('{"id":"p9","email":"x@y.z","first_name":"Ann"}', none, 'x');
    expect(r.ok && r.sample.customer.first_name).toBe('Ann');
    expect(r.ok && r.sample.message.type).toBe('identify');
  });

  it('keeps a full sample and makes its id unique', () => {
    const r = parseSampleInput('{"id":"complete","name":"Mine","customer":{},"message":{"type":"identify"}}', new Set(['complete']), 'x');
    expect(r.ok && r.sample.id).toBe('mine');
  });

  it.each([['[1,2]'], ['"text"'], ['{"customer": 5, "message": {}}']])('refuses %s with a reason', (text) => {
    const r = parseSampleInput(text, none, 'x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
  });

  /** A person whose "a" attribute opens `depth - 1` more objects: the whole text is `depth` levels deep. */
  const nestedPerson = (depth: number) => `{"email":"a@b.c",${'"a":{'.repeat(depth - 1)}${'}'.repeat(depth - 1)}}`;

  it.each([
    [5000, false], [MAX_SAMPLE_DEPTH + 1, false], [MAX_SAMPLE_DEPTH, true],
  ])('a sample nested %i levels deep is accepted: %s', (depth, accepted) => {
    const r = parseSampleInput(nestedPerson(depth), none, 'x');
    expect(r.ok).toBe(accepted);
    if (!r.ok) expect(r.error).toBe(`The sample is nested ${depth} levels deep; the limit is 64.`);
  });

  it('counts arrays as nesting levels too', () => {
    const text = `{"message":{"type":"track","properties":{"x":${'['.repeat(80)}${']'.repeat(80)}}}}`;
    const r = parseSampleInput(text, none, 'x');
    expect(r).toEqual({ ok: false, error: 'The sample is nested 83 levels deep; the limit is 64.' });
  });

  it.each([
    [1, 0], [null, 0], [{}, 1], [[], 1], [{ a: [1, { b: {} }] }, 4], [[[], [[[]]], {}], 4],
  ])('jsonDepth(%j) is %i', (value, depth) => {
    expect(jsonDepth(value)).toBe(depth);
  });
});
