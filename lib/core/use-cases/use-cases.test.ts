import { describe, expect, it } from 'vitest';
import { isDestinationId } from '../destinations/catalog.ts';
import { validatePayload } from '../destinations/validate-payload.ts';
import { USE_CASES, getUseCase } from './use-cases.ts';
import { starterTemplate } from './starter-templates.ts';
import { starterSamples } from './starter-samples.ts';
import { compileTemplate } from '../liquid/compile-template.ts';
import { renderCompiled } from '../liquid/render-compiled.ts';


const pairs = USE_CASES.flatMap((u) => u.suggestedDestinations.map((d) => [u.id, d] as const));

describe('USE_CASES', () => {
  it('pairs add and remove use cases both ways', () => {
    for (const u of USE_CASES) {
      if (!u.pairedUseCase) continue;
      const other = getUseCase(u.pairedUseCase);
      expect(other?.pairedUseCase).toBe(u.id);
      expect([u.audienceAction, other?.audienceAction].sort()).toEqual(['add', 'remove']);
    }
  });

  it.each(USE_CASES.map((u) => [u.id, u]))('%s has canonical double-quoted FQL and known destinations', (_id, u) => {
    expect(u.defaultCondition).not.toContain("'");
    expect(u.defaultCondition).not.toMatch(/\b(AND|OR)\b|==|&&|\|\|/);
    expect(u.suggestedDestinations.length).toBeGreaterThan(0);
    for (const d of u.suggestedDestinations) expect(isDestinationId(d)).toBe(true);
  });
});

describe('starterSamples', () => {
  it.each(USE_CASES.map((u) => [u.id]))('%s has complete, missing-optional and dirty samples', (id) => {
    const samples = starterSamples(id);
    expect(samples.map((s) => s.id)).toEqual(expect.arrayContaining(['complete', 'missing-optional', 'dirty']));
    expect(new Set(samples.map((s) => s.id)).size).toBe(samples.length);
    const types = new Set(samples.map((s) => s.message.type));
    expect(types).toEqual(new Set(['identify', 'track']));
    const complete = samples.find((s) => s.id === 'complete')!;
    expect(complete.customer).toMatchObject({ email: expect.any(String), phone: expect.any(String), country: expect.any(String) });
    expect(samples.find((s) => s.id === 'missing-optional')!.customer.phone).toBeUndefined();
    for (const s of samples) {
      expect(s.message.messageId).toBeTruthy();
      expect(Number.isNaN(Date.parse(s.message.timestamp ?? ''))).toBe(false);
    }
  });

  it('dirty sample carries the seed data problems', () => {
    const dirty = starterSamples('cart_abandonment').find((s) => s.id === 'dirty')!;
    expect(dirty.message.properties?.total).toBeNull();
    const items = dirty.message.properties?.items as unknown[];
    expect(new Set(items.map((i) => (Array.isArray(i) ? 'array' : typeof i))).size).toBeGreaterThan(2);
    expect(String(dirty.customer.first_name)).toMatch(/"[\s\S]*\n/);
    expect(String(dirty.customer.email)).toMatch(/^\s.*[A-Z]/);
  });

  it('returns fresh copies', () => {
    const a = starterSamples('winback_90d');
    a[0].customer.email = 'changed';
    expect(starterSamples('winback_90d')[0].customer.email).not.toBe('changed');
  });
});

async function render(useCaseId: (typeof pairs)[number][0], destinationId: (typeof pairs)[number][1], sampleId: string) {
  const useCase = getUseCase(useCaseId)!;
  const sample = starterSamples(useCaseId).find((s) => s.id === sampleId)!;
  const { compiled, diagnostics } = compileTemplate(starterTemplate(useCaseId, destinationId), { dialect: 'latest', triggerKind: useCase.triggerKind });
  expect(diagnostics).toEqual([]);
  const result = renderCompiled(compiled!, sample);
  expect(result.diagnostics).toEqual([]);
  const text = result.text!;
  return { text, value: JSON.parse(text) as unknown };
}

describe('starterTemplate', () => {
  it.each(pairs)('%s -> %s renders JSON that passes validatePayload for every starter sample', async (u, d) => {
    for (const sampleId of ['complete', 'missing-optional', 'dirty', 'non-matching']) {
      const { value, text } = await render(u, d, sampleId);
      const errors = validatePayload(d, value, text).filter((x) => x.severity === 'error');
      expect(errors.length ? [sampleId, errors, text] : []).toEqual([]);
    }
  });

  it.each(pairs)('%s -> %s carries a deterministic dedupe key and schema_version', async (u, d) => {
    const a = await render(u, d, 'complete');
    const b = await render(u, d, 'complete');
    const c = await render(u, d, 'dirty');
    const key = (t: string) => /"(?:event_id|messageId)":\s*"([a-f0-9]{64})"/.exec(t)?.[1];
    expect(key(a.text)).toBeDefined();
    expect(key(a.text)).toBe(key(b.text));
    expect(key(a.text)).not.toBe(key(c.text));
    expect(a.text).toMatch(/"schema_version":\s*1/);
  });

  it('never hashes an empty email and normalises before hashing', async () => {
    const { text } = await render('cart_abandonment', 'meta_custom_audience', 'dirty');
    expect(text).not.toContain('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    // sha256("jane.doe+vip@example.com")
    const { sha256 } = await import('@noble/hashes/sha2.js');
    const { bytesToHex, utf8ToBytes } = await import('@noble/hashes/utils.js');
    expect(text).toContain(bytesToHex(sha256(utf8ToBytes('jane.doe+vip@example.com'))));
  });

  it('removal use cases remove instead of add', () => {
    expect(starterTemplate('purchase_removal', 'google_customer_match')).toContain('"remove"');
    expect(starterTemplate('cart_abandonment', 'google_customer_match')).toContain('"create"');
    expect(starterTemplate('purchase_removal', 'tiktok_audience')).toContain('"action": "delete"');
  });
});

describe('starterSettings', () => {
  it('uses DELETE for Meta audience removal and POST for adds', async () => {
    const { starterSettings } = await import('./starter-settings.ts');
    expect(starterSettings('purchase_removal', 'meta_custom_audience').method).toBe('DELETE');
    expect(starterSettings('cart_abandonment', 'meta_custom_audience').method).toBe('POST');
    expect(starterSettings('cart_abandonment', 'meta_custom_audience').headers.some((h) => h.secret)).toBe(true);
  });
});
