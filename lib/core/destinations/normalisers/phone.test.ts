import { describe, expect, it } from 'vitest';
import { normalisePhoneDigits } from './phone.ts';

describe('normalisePhoneDigits', () => {
  it.each([
    ['+1 (415) 555-0123', undefined, '14155550123'],
    ['(415) 555-0123', 'US', '14155550123'],
    ['1-415-555-0123', 'US', '14155550123'],
    ['415.555.0123', 'united states', '14155550123'],
    ['+1 415 555 0123 ext. 12', undefined, '14155550123'],
    ['07700 900123', 'GB', '447700900123'],
    ['07700 900123', 'United Kingdom', '447700900123'],
    ['+44 (0)7700 900123', undefined, '447700900123'],
    ['0044 7700 900123', undefined, '447700900123'],
    ['447700900123', 'GB', '447700900123'],
    ['030 1234567', 'DE', '49301234567'],
    ['06 12 34 56 78', 'FR', '33612345678'],
    ['0412 345 678', 'AU', '61412345678'],
    ['06 1234 5678', 'IT', '390612345678'], // Italy keeps the leading 0
    ['312 345 6789', 'IT', '393123456789'], // Italian mobile starting with 3(9) is not read as +39
    ['8 912 345 67 89', 'RU', '79123456789'],
    ['12345678', 'DK', '4512345678'],
    ['4512345678', 'DK', '4512345678'],
    [14155550123, undefined, '14155550123'],
  ])('%j (country %s) → %s', (raw, country, digits) => {
    expect(normalisePhoneDigits(raw, country)).toMatchObject({ ok: true, digits });
  });

  it.each([
    ['+0000000000', undefined, /leading zeros/],
    ['', 'US', /empty/],
    ['call me', 'US', /letters/],
    ['(415) 555-0123', undefined, /country/],
    ['555-0123', 'US', /10-digit/],
    ['07700 900123', 'Atlantis', /unknown country/],
    ['+12', undefined, /E\.164/],
    [null, 'US', /not a string/],
  ])('%j (country %s) is dropped with a reason', (raw, country, reason) => {
    const r = normalisePhoneDigits(raw, country);
    expect(r.ok).toBe(false);
    expect(r.note).toMatch(reason);
  });

  it('assumes a long number without "+" or country already has a country code, and says so', () => {
    expect(normalisePhoneDigits('447700900123')).toMatchObject({ ok: true, digits: '447700900123', note: expect.stringContaining('assumed') });
  });
});
