import { describe, expect, it } from 'vitest';
import { EMPTY_SHA256 } from './sha256-hex.ts';
import { NOW, codesAt, editExample, run, validExample } from './test-helpers.ts';

const edit = (f: (p: any) => void) => editExample('warehouse_events', f);

describe('warehouse_events contract (5.6)', () => {
  it('accepts the valid row', () => expect(run('warehouse_events', validExample('warehouse_events'))).toEqual([]));

  it.each([
    ['unknown column', edit((p) => (p.extra = 1)), 'schema/additionalProperties@'],
    ['missing event_id', edit((p) => delete p.event_id), 'schema/required@'],
    ['short event_id', edit((p) => (p.event_id = 'abc')), 'schema/pattern@/event_id'],
    ['CamelCase event_name', edit((p) => (p.event_name = 'CartAbandoned')), 'schema/pattern@/event_name'],
    ['non ISO occurred_at', edit((p) => (p.occurred_at = 'yesterday')), 'schema/format@/occurred_at'],
    ['empty person_id', edit((p) => (p.person_id = '')), 'schema/minLength@/person_id'],
    ['trigger_version 0', edit((p) => (p.trigger_version = 0)), 'schema/minimum@/trigger_version'],
    ['string trigger_version', edit((p) => (p.trigger_version = '3')), 'schema/type@/trigger_version'],
    ['unhashed email', edit((p) => (p.email_sha256 = 'jane@example.com')), 'schema/pattern@/email_sha256'],
    ['sha256("") email', edit((p) => (p.email_sha256 = EMPTY_SHA256)), 'destination/empty-hash@/email_sha256'],
  ])('rejects %s', (_name, payload, expected) => {
    expect(codesAt(run('warehouse_events', payload))).toContain(expected);
  });

  it('accepts a null email_sha256', () => {
    expect(run('warehouse_events', edit((p) => (p.email_sha256 = null)))).toEqual([]);
  });

  it('explains Unix-number timestamps instead of a bare format error', () => {
    const d = run('warehouse_events', edit((p) => (p.occurred_at = String(NOW))));
    expect(codesAt(d)).toEqual(['destination/timestamp-not-iso@/occurred_at']);
    expect(d[0]?.message).toContain('milliseconds');
  });
});
