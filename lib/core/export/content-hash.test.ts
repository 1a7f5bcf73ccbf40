import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.ts';
import { contentHash, type ContentHashInput } from './content-hash.ts';

const base: ContentHashInput = {
  template: '{"a": {{ customer.email | json }}}',
  condition: 'type = "track"',
  samples: [{ id: 's1', name: 'S1', customer: { email: 'a@b.c' }, message: { type: 'track', event: 'X' } }],
  useCase: 'cart_abandonment',
  destination: 'webhook',
  settings: { url: 'https://x', method: 'POST', headers: [] },
};

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [2, { d: null, c: 'x' }] }, '{"a":[2,{"c":"x","d":null}],"b":1}'],
    [{ u: undefined, z: 'é' }, '{"z":"é"}'],
    [[undefined, NaN], '[null,null]'],
    ['line\nbreak', '"line\\nbreak"'],
  ])('%j -> %s', (input, expected) => {
    expect(canonicalJson(input)).toBe(expected);
  });

  it('is insensitive to key order and equals JSON.parse round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

describe('contentHash', () => {
  it('is sha256 hex of the canonical JSON', () => {
    const expected = bytesToHex(sha256(utf8ToBytes(canonicalJson(base))));
    expect(contentHash(base)).toBe(expected);
    expect(contentHash(base)).toMatch(/^[a-f0-9]{64}$/);
  });

  it('does not depend on key order', () => {
    const reordered = { settings: { headers: [], method: 'POST', url: 'https://x' }, destination: 'webhook', useCase: 'cart_abandonment', samples: base.samples, condition: base.condition, template: base.template };
    expect(contentHash(reordered)).toBe(contentHash(base));
  });

  it.each([
    ['template', { template: base.template + ' ' }],
    ['condition', { condition: 'type = "identify"' }],
    ['samples', { samples: [] }],
    ['useCase', { useCase: 'winback_90d' }],
    ['destination', { destination: 'meta_capi' }],
    ['settings', { settings: { url: 'https://y' } }],
  ])('changes when %s changes', (_name, patch) => {
    expect(contentHash({ ...base, ...patch })).not.toBe(contentHash(base));
  });

  it('ignores extra properties', () => {
    expect(contentHash({ ...base, id: 'x' } as ContentHashInput)).toBe(contentHash(base));
  });
});
