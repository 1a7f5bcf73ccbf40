import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_SHA256, sha256Hex } from '../sha256-hex.ts';
import { normaliseField, normaliseIdentifiers } from './normalise.ts';
import { NORMALISERS, findNormaliser } from './registry.ts';

const H = sha256Hex('jane.doe@example.com');

describe('normaliseField', () => {
  it('passes existing hashes through unchanged (lowercasing uppercase hex)', () => {
    expect(normaliseField('meta_capi', 'email', H)).toMatchObject({ normalised: H, hashed: H, note: expect.stringContaining('unchanged') });
    expect(normaliseField('meta_capi', 'email', H.toUpperCase())).toMatchObject({ hashed: H, note: expect.stringContaining('lowercased') });
  });

  it('refuses sha256("") even when given as a hash', () => {
    expect(normaliseField('tiktok_audience', 'email', EMPTY_SHA256)).toMatchObject({ normalised: null, hashed: null });
  });

  it('refuses a hash for a field Google wants unhashed', () => {
    expect(normaliseField('google_customer_match', 'zip', H)).toMatchObject({ normalised: null, hashed: null, note: expect.stringContaining('unhashed') });
  });

  it.each([null, undefined, '', '   ', 42.5, {}, []])('never hashes an empty or non-text value %j', (raw) => {
    const r = normaliseField('meta_custom_audience', 'email', raw);
    expect(r).toMatchObject({ normalised: null, hashed: null, normaliser: 'meta.email@1' });
    expect(r.note).toBeTruthy();
  });

  it('reports fields a destination does not take', () => {
    expect(normaliseField('google_customer_match', 'gender', 'f')).toEqual({
      normalised: null, hashed: null, normaliser: 'none', note: 'gender is not an identifier for google_customer_match',
    });
    expect(normaliseField('webhook', 'email', 'a@b.co').normaliser).toBe('none');
  });

  it('falls back to the default for an unknown variant and says so', () => {
    const r = normaliseField('tiktok_audience', 'email', 'a.b+c@x.io', { variant: 'tiktok.email@9' });
    expect(r).toMatchObject({ normaliser: 'tiktok.email@1', normalised: 'a.b@x.io' });
    expect(r.note).toContain('unknown variant');
  });

  it('property: output hash is null or 64-hex, never sha256(""), and equals sha256(normalised)', () => {
    const fields = ['email', 'phone', 'first_name', 'city', 'state', 'zip', 'country', 'gender'];
    fc.assert(fc.property(fc.constantFrom(...fields), fc.oneof(fc.string(), fc.emailAddress(), fc.constant('')), (field, raw) => {
      const r = normaliseField('meta_custom_audience', field, raw, { country: 'US' });
      if (r.hashed === null) return r.normalised === null || false;
      return /^[a-f0-9]{64}$/.test(r.hashed) && r.hashed !== EMPTY_SHA256 && r.hashed === sha256Hex(r.normalised ?? '');
    }));
  });

  it('property: normalising is idempotent for text fields', () => {
    fc.assert(fc.property(fc.constantFrom('email', 'first_name', 'city'), fc.oneof(fc.string(), fc.emailAddress()), (field, raw) => {
      const once = normaliseField('meta_capi', field, raw);
      if (once.normalised === null) return true;
      return normaliseField('meta_capi', field, once.normalised).normalised === once.normalised;
    }));
  });
});

describe('normaliseIdentifiers', () => {
  const customer = {
    email: ' Jane.Doe+vip@gmail.com ', phone: '07700 900123', first_name: 'Jane', last_name: ' Smith ',
    city: 'Menlo Park', state: 'California', postal_code: '94045-1234', country: 'GB', gender: 'Female', birthdate: '1990-07-04',
  };

  it('reads the usual attribute names and uses customer.country for phones', () => {
    const rows = normaliseIdentifiers('meta_custom_audience', customer);
    const byField = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(rows.map((r) => r.field)).toEqual([
      'email', 'phone', 'first_name', 'last_name', 'first_initial', 'city', 'state', 'zip', 'country', 'gender', 'dob_year', 'dob_month', 'dob_day',
    ]);
    expect(byField.phone).toMatchObject({ raw: '07700 900123', normalised: '447700900123', normaliser: 'meta.phone@1' });
    expect(byField.zip).toMatchObject({ raw: '94045-1234', normalised: '940451234' }); // GB customer: not cut as a US zip
    expect(byField.first_initial?.normalised).toBe('j');
    expect(byField.dob_month?.normalised).toBe('07');
    expect(byField.email?.alternatives).toBeUndefined();
  });

  it('shows the other variants next to the default where vendors disagree', () => {
    const rows = normaliseIdentifiers('tiktok_audience', customer);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ field: 'email', normaliser: 'tiktok.email@1', normalised: 'jane.doe@gmail.com' });
    expect(rows[0]?.alternatives?.map((a) => a.normalised)).toEqual(['janedoe@gmail.com']);
    expect(rows[1]?.alternatives?.map((a) => a.normalised)).toEqual(['+447700900123']);
  });

  it('can pick variants per field and override the country', () => {
    const rows = normaliseIdentifiers('google_customer_match', { ...customer, phone: '(415) 555-0123' }, {
      country: 'US', variants: { email: 'google.email.gmail-canonical@1' },
    });
    const byField = Object.fromEntries(rows.map((r) => [r.field, r]));
    expect(byField.email).toMatchObject({ normaliser: 'google.email.gmail-canonical@1', normalised: 'janedoe@gmail.com' });
    expect(byField.phone?.normalised).toBe('+14155550123');
    expect(byField.country).toMatchObject({ normalised: 'GB', hashed: null });
  });

  it('marks missing attributes as dropped rows', () => {
    const rows = normaliseIdentifiers('meta_capi', { email: 'a@b.co' });
    expect(rows.find((r) => r.field === 'phone')).toMatchObject({ raw: undefined, normalised: null, hashed: null });
  });

  it('returns no rows for destinations without identifier normalisers', () => {
    expect(normaliseIdentifiers('webhook', customer)).toEqual([]);
  });
});

describe('registry', () => {
  it('ids are unique, versioned and one default per destination field', () => {
    for (const [dest, specs] of Object.entries(NORMALISERS)) {
      const fields = new Set(specs!.map((s) => s.field));
      for (const f of fields) expect(specs!.filter((s) => s.field === f && s.isDefault), `${dest}.${f}`).toHaveLength(1);
      for (const s of specs!) {
        expect(s.id).toMatch(/^[a-z]+\.[a-z0-9_.-]+@\d+$/);
        expect(findNormaliser(s.id)?.run).toBe(s.run);
      }
    }
  });
});
