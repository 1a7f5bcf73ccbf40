import { describe, expect, it } from 'vitest';
import { EMPTY_SHA256 } from './sha256-hex.ts';
import { NOW_SEC, codesAt, run, validExample } from './test-helpers.ts';

/** Valid example with one event edited by `edit`. */
function withEvent(edit: (ev: any) => void): any {
  const p = validExample('meta_capi');
  edit(p.data[0]);
  return p;
}

describe('meta_capi contract (5.3)', () => {
  it('accepts the valid example and a non-website event without URL / user agent', () => {
    expect(run('meta_capi', validExample('meta_capi'))).toEqual([]);
    const email = withEvent((ev) => {
      ev.action_source = 'email';
      delete ev.event_source_url;
      delete ev.user_data.client_user_agent;
    });
    expect(run('meta_capi', email)).toEqual([]);
  });

  it.each([
    ['no data', {}, 'schema/required@'],
    ['empty data', { data: [] }, 'schema/minItems@/data'],
    ['missing event_name', withEvent((ev) => delete ev.event_name), 'schema/required@/data/0'],
    ['string event_time', withEvent((ev) => (ev.event_time = String(NOW_SEC))), 'schema/type@/data/0/event_time'],
    ['unknown action_source', withEvent((ev) => (ev.action_source = 'web')), 'schema/enum@/data/0/action_source'],
    ['website without URL', withEvent((ev) => delete ev.event_source_url), 'schema/required@/data/0'],
    ['website without user agent', withEvent((ev) => delete ev.user_data.client_user_agent), 'schema/required@/data/0/user_data'],
    ['bad URL', withEvent((ev) => (ev.event_source_url = 'not a url')), 'schema/format@/data/0/event_source_url'],
    ['plain email', withEvent((ev) => (ev.user_data.em = ['jane@example.com'])), 'schema/pattern@/data/0/user_data/em/0'],
    ['email not in an array', withEvent((ev) => (ev.user_data.em = 'a'.repeat(64))), 'schema/type@/data/0/user_data/em'],
    ['empty user_data', withEvent((ev) => (ev.user_data = {})), 'schema/minProperties@/data/0/user_data'],
    ['bad currency', withEvent((ev) => (ev.custom_data.currency = 'dollars')), 'schema/pattern@/data/0/custom_data/currency'],
    ['event_id too long', withEvent((ev) => (ev.event_id = 'x'.repeat(257))), 'schema/maxLength@/data/0/event_id'],
  ])('rejects %s', (_name, payload, expected) => {
    expect(codesAt(run('meta_capi', payload))).toContain(expected);
  });

  it('explains a plain email in a hashed field', () => {
    const d = run('meta_capi', withEvent((ev) => (ev.user_data.em = ['jane@example.com'])));
    expect(d[0]?.message).toBe('/data/0/user_data/em/0: must be a SHA-256 hash (64 lowercase hex characters), got what looks like a plain email address — hash the normalised value');
  });

  describe('x-custom-checks', () => {
    it('now - event_time <= 7 days (one stale event fails the request)', () => {
      const eightDays = withEvent((ev) => (ev.event_time = NOW_SEC - 8 * 86400));
      const d = run('meta_capi', eightDays);
      expect(codesAt(d)).toEqual(['destination/event-too-old@/data/0/event_time']);
      expect(d[0]?.message).toContain('8 days old');
      expect(run('meta_capi', withEvent((ev) => (ev.event_time = NOW_SEC - 6 * 86400)))).toEqual([]);
    });

    it('event_time looks like seconds, not milliseconds (replaces the schema maximum error)', () => {
      const d = run('meta_capi', withEvent((ev) => (ev.event_time = NOW_SEC * 1000)));
      expect(codesAt(d)).toEqual(['destination/timestamp-milliseconds@/data/0/event_time']);
      expect(d[0]?.message).toContain('divide by 1000');
    });

    it('warns when event_time is in the future', () => {
      expect(codesAt(run('meta_capi', withEvent((ev) => (ev.event_time = NOW_SEC + 3600)))))
        .toEqual(['destination/event-in-future@/data/0/event_time']);
    });

    it('event_id present for dedupe across retries', () => {
      const d = run('meta_capi', withEvent((ev) => delete ev.event_id));
      expect(codesAt(d)).toEqual(['destination/missing-event-id@/data/0']);
      expect(d[0]?.severity).toBe('warning');
    });

    it('flags sha256("") in hashed user_data fields', () => {
      const d = run('meta_capi', withEvent((ev) => {
        ev.user_data.ph = [EMPTY_SHA256];
        ev.user_data.fn = EMPTY_SHA256;
      }));
      expect(codesAt(d)).toEqual(['destination/empty-hash@/data/0/user_data/ph/0', 'destination/empty-hash@/data/0/user_data/fn']);
    });

    it('warns when user_data has no strong identifier', () => {
      const d = run('meta_capi', withEvent((ev) => {
        ev.action_source = 'email';
        delete ev.event_source_url;
        ev.user_data = { country: 'a'.repeat(64) };
      }));
      expect(codesAt(d)).toEqual(['destination/weak-identifiers@/data/0/user_data']);
    });

    it('warns above the commonly quoted 1,000-event batch', () => {
      const p = validExample('meta_capi');
      p.data = Array.from({ length: 1001 }, () => p.data[0]);
      expect(codesAt(run('meta_capi', p))).toEqual(['destination/batch-too-large@/data']);
    });
  });
});
