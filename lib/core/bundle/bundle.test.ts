import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBundle, serializeBundle, toBundle, type BundleInput } from './bundle.ts';
import { starterSamples } from '../use-cases/starter-samples.ts';
import { starterTemplate } from '../use-cases/starter-templates.ts';
import { starterSettings } from '../use-cases/starter-settings.ts';

const input: BundleInput = {
  trigger: { id: 'trg_1', name: 'Cart abandoners "Meta"', useCase: 'cart_abandonment', destination: 'meta_custom_audience' },
  version: {
    number: 2,
    status: 'approved',
    template: starterTemplate('cart_abandonment', 'meta_custom_audience'),
    condition: 'type = "track" and event = "Checkout Started"\r\n',
    samples: starterSamples('cart_abandonment'),
    settings: { ...starterSettings('cart_abandonment', 'meta_custom_audience'), triggerKind: 'event', dialect: 'latest' },
    approvedBy: 'rita@example.com',
    approvedAt: '2026-01-10T12:00:00.000Z',
  },
};

function ok(text: string) {
  const r = parseBundle(text);
  if (!('bundle' in r)) throw new Error(JSON.stringify(r.diagnostics));
  return r.bundle;
}

describe('bundle', () => {
  it('round trips losslessly', () => {
    const bundle = toBundle(input);
    expect(ok(serializeBundle(bundle))).toEqual(bundle);
    expect(bundle.version.template).toBe(input.version.template);
    expect(bundle.contentHash).toMatch(/^[a-f0-9]{64}$/);
  });

  it('round trips arbitrary template, condition and sample data', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.dictionary(fc.string(), fc.jsonValue()), (template, condition, customer) => {
        const b = toBundle({ ...input, version: { ...input.version, template, condition, samples: [{ id: 's', name: 'S', customer: customer as never, message: { type: 'track' } }] } });
        expect(ok(serializeBundle(b))).toEqual(JSON.parse(JSON.stringify(b)));
      }),
      { numRuns: 50 },
    );
  });

  it('rejects a bundle whose content was edited (hash mismatch)', () => {
    const b = toBundle(input);
    const tampered = serializeBundle({ ...b, version: { ...b.version, template: b.version.template.replace('EMAIL', 'PHONE') } });
    const r = parseBundle(tampered);
    expect('diagnostics' in r && r.diagnostics[0]).toMatchObject({ code: 'bundle/content-hash-mismatch', severity: 'error' });
  });

  it.each([
    ['{"format": ', 'bundle/invalid-json'],
    ['[]', 'bundle/format'],
    ['{"format":"other"}', 'bundle/format'],
    ['{"format":"trigger-studio.bundle","formatVersion":2}', 'bundle/format-version'],
    ['{"format":"trigger-studio.bundle","formatVersion":1,"trigger":{}}', 'bundle/invalid'],
  ])('%s -> %s', (text, code) => {
    const r = parseBundle(text);
    expect('diagnostics' in r).toBe(true);
    if ('diagnostics' in r) {
      expect(r.diagnostics[0].code).toBe(code);
      expect(r.diagnostics[0].message.length).toBeGreaterThan(10);
    }
  });

  it('says which field is wrong', () => {
    const b = JSON.parse(serializeBundle(toBundle(input)));
    b.version.number = 'two';
    const r = parseBundle(JSON.stringify(b));
    expect('diagnostics' in r && r.diagnostics.map((d) => d.path)).toContain('/version/number');
  });
});
