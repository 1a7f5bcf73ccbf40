import { describe, expect, it } from 'vitest';
import { EMPTY_SHA256, sha256Hex } from './sha256-hex.ts';
import { codesAt, run, validExample } from './test-helpers.ts';

const H = sha256Hex('janedoe@gmail.com');
const body = (batch_data: unknown, over: Record<string, unknown> = {}) => ({
  advertiser_ids: ['7000'], action: 'add', id_schema: ['EMAIL_SHA256', 'PHONE_SHA256'], batch_data, ...over,
});

describe('tiktok_audience contract (5.5)', () => {
  it('accepts add and delete', () => {
    expect(run('tiktok_audience', validExample('tiktok_audience'))).toEqual([]);
    expect(run('tiktok_audience', body([[{}, { id: H, audience_ids: ['1'] }]], { action: 'delete' }))).toEqual([]);
  });

  it.each([
    ['missing advertiser_ids', { action: 'add', id_schema: ['EMAIL_SHA256'], batch_data: [[{}]] }, 'schema/required@'],
    ['bad action', body([[{}, {}]], { action: 'remove' }), 'schema/enum@/action'],
    ['unknown id type', body([[{}]], { id_schema: ['EMAIL'] }), 'schema/enum@/id_schema/0'],
    ['duplicate id type', body([[{}, {}]], { id_schema: ['EMAIL_SHA256', 'EMAIL_SHA256'] }), 'schema/uniqueItems@/id_schema'],
    ['empty batch', body([]), 'schema/minItems@/batch_data'],
    ['person not an array', body([{ id: H }]), 'schema/type@/batch_data/0'],
    ['unhashed id', body([[{ id: 'jane@x.com', audience_ids: ['1'] }, {}]]), 'schema/pattern@/batch_data/0/0/id'],
    ['id without audience_ids', body([[{ id: H }, {}]]), 'schema/required@/batch_data/0/0'],
    ['empty audience_ids', body([[{ id: H, audience_ids: [] }, {}]]), 'schema/minItems@/batch_data/0/0/audience_ids'],
  ])('rejects %s', (_name, payload, expected) => {
    expect(codesAt(run('tiktok_audience', payload))).toContain(expected);
  });

  describe('x-custom-checks', () => {
    it('each inner array length == id_schema length', () => {
      const d = run('tiktok_audience', body([[{ id: H, audience_ids: ['1'] }]]));
      expect(codesAt(d)).toEqual(['destination/row-length@/batch_data/0']);
      expect(d[0]?.message).toContain('has 1 entries but id_schema has 2');
    });

    it('flags sha256("") ids and people with no identifiers', () => {
      expect(codesAt(run('tiktok_audience', body([[{ id: EMPTY_SHA256, audience_ids: ['1'] }, {}], [{}, {}]])))).toEqual([
        'destination/empty-hash@/batch_data/0/0/id',
        'destination/row-no-identifiers@/batch_data/1',
      ]);
    });
  });
});
