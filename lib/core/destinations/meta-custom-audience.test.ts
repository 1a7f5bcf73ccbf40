import { describe, expect, it } from 'vitest';
import { EMPTY_SHA256, sha256Hex } from './sha256-hex.ts';
import { codesAt, run, validExample } from './test-helpers.ts';

const H = sha256Hex('jane.doe@example.com');

describe('meta_custom_audience contract (5.2)', () => {
  it('accepts single-key and multi-key bodies', () => {
    expect(run('meta_custom_audience', validExample('meta_custom_audience'))).toEqual([]);
    expect(run('meta_custom_audience', { payload: { schema: 'EMAIL_SHA256', data: [H] } })).toEqual([]);
    expect(run('meta_custom_audience', { payload: { schema: ['EXTERN_ID', 'MADID'], data: [['cio_1', 'abc-123']] } })).toEqual([]);
  });

  it.each([
    ['missing payload', {}, 'schema/required@'],
    ['unknown body field', { payload: { schema: 'UID', data: ['1'], extra: 1 } }, 'schema/additionalProperties@/payload'],
    ['unknown schema key', { payload: { schema: 'EMAIL', data: [H] } }, 'schema/oneOf@/payload/schema'],
    ['unknown multi-key column', { payload: { schema: ['EMAIL', 'NAME'], data: [[H, '']] } }, 'schema/enum@/payload/schema/1'],
    ['duplicate column', { payload: { schema: ['EMAIL', 'EMAIL'], data: [[H, H]] } }, 'schema/uniqueItems@/payload/schema'],
    ['empty data', { payload: { schema: 'UID', data: [] } }, 'schema/minItems@/payload/data'],
    ['empty row', { payload: { schema: ['EMAIL'], data: [[]] } }, 'schema/minItems@/payload/data/0'],
    ['object row', { payload: { schema: ['EMAIL'], data: [{}] } }, 'schema/oneOf@/payload/data/0'],
    ['object cell', { payload: { schema: ['EMAIL'], data: [[{}]] } }, 'schema/anyOf@/payload/data/0/0'],
    ['over-long cell', { payload: { schema: ['EXTERN_ID'], data: [['x'.repeat(257)]] } }, 'schema/maxLength@/payload/data/0/0'],
  ])('rejects %s', (_name, payload, expected) => {
    expect(codesAt(run('meta_custom_audience', payload))).toContain(expected);
  });

  it('rejects more than 10,000 rows', () => {
    const payload = { payload: { schema: 'EMAIL_SHA256', data: Array.from({ length: 10_001 }, () => H) } };
    const diag = run('meta_custom_audience', payload).find((d) => d.code === 'schema/maxItems');
    expect(diag?.message).toBe('/payload/data: must have 1 to 10000 rows, got 10001');
  });

  describe('x-custom-checks', () => {
    it('every row length == schema length', () => {
      const payload = { payload: { schema: ['EMAIL', 'PHONE'], data: [[H]] } };
      const d = run('meta_custom_audience', payload);
      expect(codesAt(d)).toEqual(['destination/row-length@/payload/data/0']);
      expect(d[0]?.message).toContain('has 1 cells but schema has 2 columns');
    });

    it('rows must be arrays for a multi-key schema and scalars for a single key', () => {
      expect(codesAt(run('meta_custom_audience', { payload: { schema: ['EMAIL'], data: [H] } })))
        .toEqual(['destination/row-shape@/payload/data/0']);
      expect(codesAt(run('meta_custom_audience', { payload: { schema: 'EMAIL_SHA256', data: [[H]] } })))
        .toEqual(['destination/row-shape@/payload/data/0']);
    });

    it('hashed columns must be 64-hex or empty; EXTERN_ID / MADID / LOOKALIKE_VALUE are clear text', () => {
      const payload = { payload: { schema: ['EMAIL', 'FN', 'EXTERN_ID', 'LOOKALIKE_VALUE'], data: [['Jane@x.com', 'jane', 'cio_1', 12.5], ['', '', 'x', 1]] } };
      const d = run('meta_custom_audience', payload);
      expect(codesAt(d)).toEqual(['destination/unhashed-value@/payload/data/0/0', 'destination/unhashed-value@/payload/data/0/1']);
      expect(d[0]?.message).toContain('looks like a plain email');
      expect(codesAt(run('meta_custom_audience', { payload: { schema: ['EMAIL'], data: [[H.toUpperCase()]] } })))
        .toEqual(['destination/unhashed-value@/payload/data/0/0']);
      expect(codesAt(run('meta_custom_audience', { payload: { schema: 'PHONE_SHA256', data: [''] } })))
        .toEqual(['destination/unhashed-value@/payload/data/0']);
    });

    it("no cell equals sha256('')", () => {
      expect(codesAt(run('meta_custom_audience', { payload: { schema: ['EMAIL', 'PHONE'], data: [[H, EMPTY_SHA256]] } })))
        .toEqual(['destination/empty-hash@/payload/data/0/1']);
      expect(codesAt(run('meta_custom_audience', { payload: { schema: 'EMAIL_SHA256', data: [EMPTY_SHA256] } })))
        .toEqual(['destination/empty-hash@/payload/data/0']);
    });

    it('warns about rows with no identifiers at all', () => {
      expect(codesAt(run('meta_custom_audience', { payload: { schema: ['EMAIL', 'PHONE'], data: [['', '']] } })))
        .toEqual(['destination/row-no-identifiers@/payload/data/0']);
    });
  });
});
