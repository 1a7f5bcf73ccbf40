/**
 * Phone → international digits (country code + national number, no '+', no trunk prefix).
 * Destinations then add '+' (Google, E.164) or not (Meta, TikTok).
 */
import { countryByCallingCode, findCountry } from './countries.ts';

export type PhoneResult = { ok: true; digits: string; note?: string } | { ok: false; note: string };

const E164_DIGITS = /^[1-9]\d{6,14}$/;
/** Shortest national significant number; below this, digits that start with the calling code are national. */
const MIN_NATIONAL_LENGTH: Record<string, number> = { DK: 8, NO: 8, SG: 8, HK: 8, LU: 8 };

function fail(note: string): PhoneResult {
  return { ok: false, note };
}

function finish(digits: string, note?: string): PhoneResult {
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed === '') return fail('no digits left after removing leading zeros (placeholder number?) — field dropped');
  if (!E164_DIGITS.test(trimmed)) return fail(`"+${trimmed}" is not a valid E.164 number (7 to 15 digits)`);
  return note ? { ok: true, digits: trimmed, note } : { ok: true, digits: trimmed };
}

export function normalisePhoneDigits(raw: unknown, country?: string): PhoneResult {
  if (typeof raw === 'number' && Number.isInteger(raw)) raw = String(raw);
  if (typeof raw !== 'string') return fail('not a string');
  // Drop extensions and the "(0)" some people write inside international numbers: +44 (0)20 ...
  const text = raw.trim().replace(/\s*(?:ext\.?|x|#)\s*\d+$/i, '').replace(/\(0\)/g, '');
  if (text === '') return fail('empty — field dropped');
  if (/[a-z]/i.test(text)) return fail(`"${raw}" contains letters`);
  const digits = text.replace(/\D/g, '');
  if (digits === '') return fail('no digits — field dropped');

  if (text.startsWith('+')) return finish(digits);
  if (digits.startsWith('00')) return finish(digits.slice(2), 'read "00" as the international prefix');

  const info = findCountry(country);
  if (!info) {
    if (!digits.startsWith('0') && digits.length >= 11 && countryByCallingCode(digits)) {
      return finish(digits, 'no "+" and no country: assumed the number already starts with its country code');
    }
    return fail(country
      ? `unknown country "${country}" — cannot add a calling code to a national number`
      : 'national number without country code — set the country (opts.country or customer.country)');
  }
  const { callingCode: cc, trunk } = info;
  // NANP: an 11-digit number starting with the trunk 1 already carries the country code.
  if (cc === '1') {
    if (digits.length === 11 && digits.startsWith('1')) return finish(digits);
    if (digits.length === 10) return finish(cc + digits);
    return fail(`"${raw}" is not a 10-digit ${info.iso2} number`);
  }
  if (trunk && digits.startsWith(trunk)) return finish(cc + digits.slice(trunk.length));
  // Written with the country code but without '+': 447700900123 for GB.
  if (digits.startsWith(cc) && digits.length - cc.length >= (MIN_NATIONAL_LENGTH[info.iso2] ?? 9)) return finish(digits);
  return finish(cc + digits);
}
