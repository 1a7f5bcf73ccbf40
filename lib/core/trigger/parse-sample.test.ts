import { describe, expect, it } from 'vitest';
import { parseSampleInput } from './parse-sample.ts';

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
});
