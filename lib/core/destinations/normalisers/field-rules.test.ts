import { describe, expect, it } from 'vitest';
import * as r from './field-rules.ts';
import { parseDob } from './dob.ts';

describe('field rules', () => {
  it.each([
    [r.emailTrimLower, '  A.B+x@Mail.COM ', 'a.b+x@mail.com'],
    [r.emailDropPlusTag, 'A.B+x+y@mail.com', 'a.b@mail.com'],
    [r.emailDropPlusTagAndDots, 'A.B+x@mail.com', 'ab@mail.com'],
    [r.emailGmailCanonical, 'J.Doe+1@GoogleMail.com', 'jdoe@googlemail.com'],
    [r.emailGmailCanonical, 'j.doe+1@example.com', 'j.doe+1@example.com'],
    [r.nameNoPunctuation, " O'Brien-Smith ", 'obriensmith'],
    [r.nameNoPunctuation, 'Zoë', 'zoë'],
    [r.nameTrimLower, " O'Brien ", "o'brien"],
    [r.firstInitial, ' Jane ', 'j'],
    [r.cityLatin, 'São Paulo', 'saopaulo'],
    [r.cityLatin, 'Winston-Salem', 'winstonsalem'],
    [r.genderLetter, 'MALE', 'm'],
    [r.genderLetter, 'f', 'f'],
    [r.countryIso2, 'United States', 'US'],
    [r.countryIso2, 'gbr', 'GB'],
    [r.countryIso2, 'U.S.A.', 'US'],
  ])('%o(%j) → %s', (rule, raw, expected) => {
    expect((rule as (v: unknown) => r.Step)(raw).value).toBe(expected);
  });

  it.each([
    ['New York', 'US', 'ny'],
    ['new  york', undefined, 'ny'],
    ['TX', undefined, 'tx'],
    ['District of Columbia', 'US', 'dc'],
    ['Ontario', 'CA', 'ontario'],
    ['Bayern', 'DE', 'bayern'],
  ])('state %j (country %s) → %s', (raw, country, expected) => {
    expect(r.stateCode(raw, country).value).toBe(expected);
  });

  it('rejects a non-state for US', () => expect(r.stateCode('Narnia', 'US')).toMatchObject({ value: null }));

  it.each([
    ['94045-1234', 'US', '94045'],
    ['94045', undefined, '94045'],
    ['SW1A 1AA', 'GB', 'sw1a1'],
    ['m1 1ae', undefined, 'm11'],
    ['75008', 'FR', '75008'],
    ['K1A 0B1', 'CA', 'k1a0b1'],
  ])('Meta zip %j (country %s) → %s', (raw, country, expected) => {
    expect(r.zipMeta(raw, country).value).toBe(expected);
  });

  it.each([
    ['94045-1234', 'US', '94045'],
    ['sw1a 1aa', 'GB', 'SW1A 1AA'],
  ])('Google zip %j (country %s) → %s', (raw, country, expected) => {
    expect(r.zipGoogle(raw, country).value).toBe(expected);
  });

  it.each([
    [r.emailTrimLower, 'not-an-email'],
    [r.emailTrimLower, '   '],
    [r.emailTrimLower, undefined],
    [r.nameNoPunctuation, '---'],
    [r.cityLatin, '東京'],
    [r.genderLetter, 'nonbinary'],
    [r.countryIso2, 'Atlantis'],
  ])('%o(%j) is dropped with a note', (rule, raw) => {
    const step = (rule as (v: unknown) => r.Step)(raw);
    expect(step.value).toBeNull();
    expect(step.note).toBeTruthy();
  });

  it.each([
    ['1990-07-04', '1990', '07', '04'],
    ['1990-07-04T00:00:00Z', '1990', '07', '04'],
    ['1990/7/4', '1990', '07', '04'],
    ['19900704', '1990', '07', '04'],
    ['07/04/1990', '1990', '07', '04'],
    [647049600, '1990', '07', '04'],
    ['647049600', '1990', '07', '04'],
  ])('dob %j → %s-%s-%s', (raw, year, month, day) => {
    expect(parseDob(raw)).toMatchObject({ ok: true, dob: { year, month, day } });
  });

  it.each(['1990-02-30', '1850-01-01', '3000-01-01', 'July 4th', '', null])('dob %j is rejected', (raw) => {
    expect(parseDob(raw).ok).toBe(false);
  });
});
