import { describe, expect, it } from 'vitest';
import { codesAt, editExample, run, validExample } from './test-helpers.ts';

const edit = (f: (p: any) => void) => editExample('analytics_track', f);

describe('analytics_track contract (5.7)', () => {
  it('accepts userId or anonymousId', () => {
    expect(run('analytics_track', validExample('analytics_track'))).toEqual([]);
    expect(run('analytics_track', edit((p) => {
      delete p.userId;
      p.anonymousId = 'anon-1';
    }))).toEqual([]);
  });

  it.each([
    ['wrong type', edit((p) => (p.type = 'identify')), 'schema/const@/type'],
    ['no user', edit((p) => delete p.userId), 'schema/anyOf@'],
    ['empty event', edit((p) => (p.event = '')), 'schema/minLength@/event'],
    ['bad timestamp', edit((p) => (p.timestamp = '2025-13-01')), 'schema/format@/timestamp'],
    ['integrations value', edit((p) => (p.integrations = { All: 'yes' })), 'schema/type@/integrations/All'],
  ])('rejects %s', (_name, payload, expected) => {
    expect(codesAt(run('analytics_track', payload))).toContain(expected);
  });

  it('says which identity field is missing', () => {
    expect(run('analytics_track', edit((p) => delete p.userId))[0]?.message).toBe('/: must have userId or anonymousId');
  });

  describe('x-custom-checks', () => {
    it('serialized size < 32 KB (32,000 bytes), warning within 10%', () => {
      const big = edit((p) => (p.properties = { blob: 'x'.repeat(32_000) }));
      expect(codesAt(run('analytics_track', big))).toEqual(['destination/payload-too-large@']);
      const near = edit((p) => (p.properties = { blob: 'x'.repeat(29_500) }));
      expect(codesAt(run('analytics_track', near))).toEqual(['destination/payload-near-limit@']);
    });

    it('messageId present so it can stay stable across retries', () => {
      expect(codesAt(run('analytics_track', edit((p) => delete p.messageId)))).toEqual(['destination/missing-message-id@']);
    });
  });
});
