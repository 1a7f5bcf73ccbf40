import { describe, expect, it } from 'vitest';
import { EMPTY_SHA256, sha256Hex } from './sha256-hex.ts';
import { codesAt, run, validExample } from './test-helpers.ts';

const H = sha256Hex('jane.doe@example.com');
const ops = (...operations: unknown[]) => ({ operations });
const create = (...userIdentifiers: unknown[]) => ({ create: { userIdentifiers } });
const address = (over: Record<string, unknown> = {}) => ({
  addressInfo: { hashedFirstName: H, hashedLastName: H, countryCode: 'US', postalCode: '94045', ...over },
});

describe('google_customer_match contract (5.4)', () => {
  it('accepts create, remove and removeAll operations', () => {
    expect(run('google_customer_match', validExample('google_customer_match'))).toEqual([]);
    expect(run('google_customer_match', ops({ remove: { userIdentifiers: [{ hashedEmail: H }] } }, { removeAll: true }))).toEqual([]);
  });

  it.each([
    ['no operations', {}, 'schema/required@'],
    ['empty operations', ops(), 'schema/minItems@/operations'],
    ['two operation kinds', ops({ ...create({ hashedEmail: H }), removeAll: true }), 'schema/maxProperties@/operations/0'],
    ['missing userIdentifiers', ops({ create: {} }), 'schema/required@/operations/0/create'],
    ['two identifiers in one UserIdentifier', ops(create({ hashedEmail: H, hashedPhoneNumber: H })), 'schema/maxProperties@/operations/0/create/userIdentifiers/0'],
    ['unhashed email', ops(create({ hashedEmail: 'jane@example.com' })), 'schema/pattern@/operations/0/create/userIdentifiers/0/hashedEmail'],
    ['lowercase country', ops(create(address({ countryCode: 'us' }))), 'schema/pattern@/operations/0/create/userIdentifiers/0/addressInfo/countryCode'],
    ['address without postal code', ops(create(address({ postalCode: undefined }))), 'schema/required@/operations/0/create/userIdentifiers/0/addressInfo'],
  ])('rejects %s', (_name, payload, expected) => {
    expect(codesAt(run('google_customer_match', JSON.parse(JSON.stringify(payload))))).toContain(expected);
  });

  it('rejects more than 20 identifiers per person with a count in the message', () => {
    const ids = Array.from({ length: 21 }, (_, i) => ({ hashedEmail: sha256Hex(`p${i}@x.com`) }));
    const d = run('google_customer_match', ops(create(...ids)));
    expect(codesAt(d)).toEqual(['schema/maxItems@/operations/0/create/userIdentifiers']);
    expect(d[0]?.message).toBe('/operations/0/create/userIdentifiers: must have 1 to 20 identifiers, got 21');
  });

  describe('x-custom-checks', () => {
    it('total identifiers across operations <= 100000 (warning above ~10,000)', () => {
      const person = create(...Array.from({ length: 20 }, (_, i) => ({ thirdPartyUserId: `u${i}` })));
      const tooMany = ops(...Array.from({ length: 5001 }, () => person));
      expect(codesAt(run('google_customer_match', tooMany))).toEqual(['destination/too-many-identifiers@/operations']);
      const many = ops(...Array.from({ length: 501 }, () => person));
      expect(codesAt(run('google_customer_match', many))).toEqual(['destination/many-identifiers@/operations']);
    });

    it('flags sha256("") and hashed postal codes, and duplicate identifiers of one person', () => {
      const d = run('google_customer_match', ops(create(
        { hashedEmail: EMPTY_SHA256 }, address({ hashedLastName: EMPTY_SHA256, postalCode: H }), { hashedEmail: EMPTY_SHA256 },
      )));
      expect(codesAt(d)).toEqual([
        'destination/empty-hash@/operations/0/create/userIdentifiers/0/hashedEmail',
        'destination/empty-hash@/operations/0/create/userIdentifiers/1/addressInfo/hashedLastName',
        'destination/hashed-postal-code@/operations/0/create/userIdentifiers/1/addressInfo/postalCode',
        'destination/empty-hash@/operations/0/create/userIdentifiers/2/hashedEmail',
        'destination/duplicate-identifier@/operations/0/create/userIdentifiers/2',
      ]);
    });
  });
});
