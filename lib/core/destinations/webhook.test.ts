import { describe, expect, it } from 'vitest';
import { codesAt, editExample, run, validExample } from './test-helpers.ts';

const edit = (f: (p: any) => void) => editExample('webhook', f);

describe('webhook envelope (5.8)', () => {
  it('accepts the valid envelope', () => expect(run('webhook', validExample('webhook'))).toEqual([]));

  it.each([
    ['missing person', edit((p) => delete p.person), 'schema/required@'],
    ['person without id', edit((p) => (p.person = {})), 'schema/required@/person'],
    ['bad email', edit((p) => (p.person.email = 'nope')), 'schema/format@/person/email'],
    ['string trigger version', edit((p) => (p.trigger.version = 'v3')), 'schema/type@/trigger/version'],
    ['data not an object', edit((p) => (p.data = [])), 'schema/type@/data'],
    ['empty event_id', edit((p) => (p.event_id = '')), 'destination/empty-event-id@/event_id'],
    ['epoch seconds', edit((p) => (p.occurred_at = 1735689600)), 'destination/timestamp-not-iso@/occurred_at'],
    ['date far in the future', edit((p) => (p.occurred_at = '2099-01-01T00:00:00Z')), 'destination/timestamp-future@/occurred_at'],
    ['epoch zero', edit((p) => (p.occurred_at = '1970-01-01T00:00:00Z')), 'destination/timestamp-implausible@/occurred_at'],
  ])('rejects %s', (_name, payload, expected) => {
    expect(codesAt(run('webhook', payload))).toContain(expected);
  });
});
