import { describe, expect, it } from 'vitest';
import { DESTINATIONS, getDestination, requestMethod } from './catalog.ts';
import { validatePayload } from './validate-payload.ts';
import { validPayloads } from './fixtures.ts';

const NOW = Date.UTC(2025, 9, 15, 12);
const valid = validPayloads(Math.floor(NOW / 1000));

describe('catalog', () => {
  it('has one entry per destination id with a compilable schema version', () => {
    expect(DESTINATIONS.map((d) => d.id).sort()).toEqual(Object.keys(valid).sort());
    for (const d of DESTINATIONS) {
      expect(d.schemaVersion.startsWith(`${d.id}@`)).toBe(true);
      expect(getDestination(d.id)).toBe(d);
    }
    expect(getDestination('nope')).toBeUndefined();
  });

  it('removes Meta custom audience members with DELETE on the same destination', () => {
    expect(requestMethod('meta_custom_audience', 'add')).toBe('POST');
    expect(requestMethod('meta_custom_audience', 'remove')).toBe('DELETE');
    expect(requestMethod('tiktok_audience', 'remove')).toBe('POST');
  });
});

describe('validatePayload', () => {
  it.each(DESTINATIONS.map((d) => d.id))('accepts the valid %s example without errors or warnings', (id) => {
    const payload = valid[id];
    expect(validatePayload(id, payload, JSON.stringify(payload), { now: NOW })).toEqual([]);
  });

  it('maps schema errors to JSON-pointer diagnostics that name the problem', () => {
    const payload = { payload: { schema: ['EMAIL'], data: [[]] } };
    const diags = validatePayload('meta_custom_audience', payload, JSON.stringify(payload), { now: NOW });
    const schemaDiag = diags.find((d) => d.source === 'schema');
    expect(schemaDiag).toMatchObject({ path: '/payload/data/0', code: 'schema/minItems', severity: 'error' });
    expect(schemaDiag?.message).toBe('/payload/data/0: must have at least 1 cells, got 0');
  });

  it('caps the payload by UTF-8 bytes of the rendered text, not string length', () => {
    const payload = valid.analytics_track as Record<string, unknown>;
    const text = JSON.stringify({ ...payload, properties: { note: 'é'.repeat(16_500) } });
    expect(text.length).toBeLessThan(32_000);
    const diags = validatePayload('analytics_track', JSON.parse(text), text, { now: NOW });
    expect(diags.map((d) => d.code)).toContain('destination/payload-too-large');
  });

  it('reports an unknown destination as a diagnostic instead of throwing', () => {
    expect(validatePayload('nope' as never, {}, '{}')[0]?.code).toBe('destination/unknown');
  });
});
