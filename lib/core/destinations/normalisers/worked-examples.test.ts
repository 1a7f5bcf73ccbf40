/**
 * Every worked example of destinations.md 5.1 (and the hashes quoted there), computed for real
 * and compared with the full hash or the prefix…suffix printed in the doc.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_SHA256, sha256Hex } from '../sha256-hex.ts';
import { normaliseField, normaliseFieldVariants } from './normalise.ts';

/** Doc hashes are either full or "prefix…suffix". */
function matchesDocHash(hash: string | null, doc: string): boolean {
  if (hash === null) return false;
  const [prefix, suffix] = doc.split('…') as [string, string | undefined];
  return suffix === undefined ? hash === prefix : hash.startsWith(prefix) && hash.endsWith(suffix);
}

type Row = [dest: string, field: string, raw: unknown, country: string | undefined, normalised: string, docHash: string | null, variant?: string];

const ROWS: Row[] = [
  // " Jane.Doe@Example.com " — same string and hash everywhere
  ['meta_custom_audience', 'email', ' Jane.Doe@Example.com ', undefined, 'jane.doe@example.com', '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'],
  ['meta_capi', 'email', ' Jane.Doe@Example.com ', undefined, 'jane.doe@example.com', '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'],
  ['google_customer_match', 'email', ' Jane.Doe@Example.com ', undefined, 'jane.doe@example.com', '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'],
  ['tiktok_audience', 'email', ' Jane.Doe@Example.com ', undefined, 'jane.doe@example.com', '86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d'],
  // Jane.Doe+vip@gmail.com — where vendors disagree
  ['meta_custom_audience', 'email', 'Jane.Doe+vip@gmail.com', undefined, 'jane.doe+vip@gmail.com', '30c26380…814074'],
  ['google_customer_match', 'email', 'Jane.Doe+vip@gmail.com', undefined, 'jane.doe+vip@gmail.com', '30c26380…814074'],
  ['google_customer_match', 'email', 'Jane.Doe+vip@gmail.com', undefined, 'janedoe@gmail.com', 'd6117306…6c69', 'google.email.gmail-canonical@1'],
  ['tiktok_audience', 'email', 'Jane.Doe+vip@gmail.com', undefined, 'jane.doe@gmail.com', '831f6494…f982'],
  ['tiktok_audience', 'email', 'Jane.Doe+vip@gmail.com', undefined, 'janedoe@gmail.com', 'd6117306…6c69', 'tiktok.email.strip-dots@1'],
  // +1 (415) 555-0123
  ['meta_custom_audience', 'phone', '+1 (415) 555-0123', undefined, '14155550123', '413ba754…950a'],
  ['meta_capi', 'phone', '+1 (415) 555-0123', undefined, '14155550123', '413ba754…950a'],
  ['google_customer_match', 'phone', '+1 (415) 555-0123', undefined, '+14155550123', '36a2cef4…deca4'],
  ['tiktok_audience', 'phone', '+1 (415) 555-0123', undefined, '14155550123', '413ba754…950a'],
  ['tiktok_audience', 'phone', '+1 (415) 555-0123', undefined, '+14155550123', '36a2cef4…deca4', 'tiktok.phone.e164-plus@1'],
  // 07700 900123, country GB
  ['meta_custom_audience', 'phone', '07700 900123', 'GB', '447700900123', '033134b9…b4cd'],
  ['google_customer_match', 'phone', '07700 900123', 'GB', '+447700900123', 'a8acc3a9…1436'],
  ['tiktok_audience', 'phone', '07700 900123', 'GB', '447700900123', '033134b9…b4cd'],
  // Other Meta / Google fields (doc shows normalised strings; hashes are sha256 of them)
  ['meta_custom_audience', 'last_name', ' Smith ', undefined, 'smith', null],
  ['google_customer_match', 'last_name', ' Smith ', undefined, 'smith', null],
  ['meta_custom_audience', 'city', 'Menlo Park', undefined, 'menlopark', null],
  ['meta_custom_audience', 'state', 'California', undefined, 'ca', null],
  ['meta_custom_audience', 'zip', '94045-1234', 'US', '94045', null],
  ['meta_custom_audience', 'country', 'US', undefined, 'us', null],
  ['meta_custom_audience', 'gender', 'Female', undefined, 'f', null],
  ['meta_custom_audience', 'dob_year', '1990-07-04', undefined, '1990', null],
  ['meta_custom_audience', 'dob_month', '1990-07-04', undefined, '07', null],
  ['meta_custom_audience', 'dob_day', '1990-07-04', undefined, '04', null],
  ['meta_capi', 'dob', '1990-07-04', undefined, '19900704', null],
];

describe('destinations.md 5.1 worked examples', () => {
  it.each(ROWS)('%s %s %j (country %s) → %s', (dest, field, raw, country, normalised, docHash, variant) => {
    const r = normaliseField(dest, field, raw, { country, variant });
    expect(r.normalised).toBe(normalised);
    expect(r.normaliser).toBe(variant ?? r.normaliser);
    expect(r.hashed).toBe(sha256Hex(normalised));
    if (docHash) expect(matchesDocHash(r.hashed, docHash), `${r.hashed} vs ${docHash}`).toBe(true);
  });

  it('Google sends country and zip unhashed', () => {
    expect(normaliseField('google_customer_match', 'country', 'US')).toMatchObject({ normalised: 'US', hashed: null, normaliser: 'google.country@1' });
    expect(normaliseField('google_customer_match', 'zip', '94045-1234', { country: 'US' })).toMatchObject({ normalised: '94045', hashed: null });
  });

  it.each(['meta_custom_audience', 'google_customer_match', 'tiktok_audience'])(
    '+0000000000 normalises to empty on %s: dropped, never sha256("")', (dest) => {
      const r = normaliseField(dest, 'phone', '+0000000000');
      expect(r.normalised).toBeNull();
      expect(r.hashed).toBeNull();
      expect(r.hashed).not.toBe(EMPTY_SHA256);
      expect(r.note).toMatch(/dropped/);
    });

  it('exposes both TikTok email readings, default first', () => {
    const variants = normaliseFieldVariants('tiktok_audience', 'email', 'Jane.Doe+vip@gmail.com');
    expect(variants.map((v) => [v.normaliser, v.normalised])).toEqual([
      ['tiktok.email@1', 'jane.doe@gmail.com'],
      ['tiktok.email.strip-dots@1', 'janedoe@gmail.com'],
    ]);
  });
});
