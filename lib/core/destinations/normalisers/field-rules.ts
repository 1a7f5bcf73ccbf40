/**
 * Plain normalisation rules, one per field shape. Destinations compose these (registry.ts);
 * every rule returns null with a reason instead of an empty string, so nothing empty gets hashed.
 */
import { findCountry } from './countries.ts';
import { usStateCode } from './us-states.ts';

export type Step = { value: string | null; note?: string };

const ok = (value: string, note?: string): Step => (note ? { value, note } : { value });
const drop = (note: string): Step => ({ value: null, note });

export function asText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return undefined;
}

function nonEmpty(raw: unknown): string | Step {
  const text = asText(raw);
  if (text === undefined) return drop(raw === undefined || raw === null ? 'no value — field dropped' : `not text (${typeof raw})`);
  const t = text.trim();
  return t === '' ? drop('empty — field dropped') : t;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailTrimLower(raw: unknown): Step {
  const t = nonEmpty(raw);
  if (typeof t !== 'string') return t;
  const e = t.toLowerCase();
  return EMAIL.test(e) ? ok(e) : drop(`"${t}" is not an email address`);
}

function mapLocalPart(email: string, f: (local: string) => string): string {
  const at = email.lastIndexOf('@');
  return f(email.slice(0, at)) + email.slice(at);
}

export function emailDropPlusTag(raw: unknown): Step {
  const s = emailTrimLower(raw);
  if (s.value === null) return s;
  return ok(mapLocalPart(s.value, (l) => l.replace(/\+.*$/, '')));
}

export function emailDropPlusTagAndDots(raw: unknown): Step {
  const s = emailDropPlusTag(raw);
  if (s.value === null) return s;
  return ok(mapLocalPart(s.value, (l) => l.replace(/\./g, '')));
}

/** Google enhanced-conversions samples: only gmail/googlemail lose dots and +tag. */
export function emailGmailCanonical(raw: unknown): Step {
  const s = emailTrimLower(raw);
  if (s.value === null) return s;
  const domain = s.value.slice(s.value.lastIndexOf('@') + 1);
  if (domain !== 'gmail.com' && domain !== 'googlemail.com') return s;
  return emailDropPlusTagAndDots(s.value);
}

export function nameTrimLower(raw: unknown): Step {
  const t = nonEmpty(raw);
  return typeof t === 'string' ? ok(t.toLowerCase()) : t;
}

/** Meta: lowercase, no punctuation (Segment strips it too); letters in any script are kept. */
export function nameNoPunctuation(raw: unknown): Step {
  const t = nonEmpty(raw);
  if (typeof t !== 'string') return t;
  const v = t.toLowerCase().replace(/[\p{P}\p{S}]/gu, '').replace(/\s+/g, ' ').trim();
  return v ? ok(v) : drop(`"${t}" has no letters — field dropped`);
}

export function firstInitial(raw: unknown): Step {
  const s = nameNoPunctuation(raw);
  return s.value === null ? s : ok(Array.from(s.value)[0] ?? '');
}

function latinLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** Meta city: a–z only, no spaces or punctuation (accents folded: "São Paulo" → "saopaulo"). */
export function cityLatin(raw: unknown): Step {
  const t = nonEmpty(raw);
  if (typeof t !== 'string') return t;
  const v = latinLetters(t);
  return v ? ok(v) : drop(`"${t}" has no a–z letters — field dropped`);
}

/** Meta state: US names → 2-letter code; elsewhere lowercase letters only. */
export function stateCode(raw: unknown, country?: string): Step {
  const t = nonEmpty(raw);
  if (typeof t !== 'string') return t;
  const iso = findCountry(country)?.iso2;
  if (iso === undefined || iso === 'US') {
    const code = usStateCode(t);
    if (code) return ok(code.toLowerCase());
    if (iso === 'US') return drop(`"${t}" is not a US state`);
  }
  const v = latinLetters(t);
  return v ? ok(v) : drop(`"${t}" has no a–z letters — field dropped`);
}

const US_ZIP = /^(\d{5})(?:[-\s]?\d{4})?$/;
const UK_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d)[A-Z]{2}$/;

/** Meta zip: US first 5 digits; UK area+district+sector; else lowercase without spaces/dashes. */
export function zipMeta(raw: unknown, country?: string): Step {
  const t = nonEmpty(raw);
  if (typeof t !== 'string') return t;
  const iso = findCountry(country)?.iso2;
  const us = US_ZIP.exec(t);
  if (us && (iso === undefined || iso === 'US')) return ok(us[1] as string);
  const compact = t.replace(/[\s-]/g, '').toUpperCase();
  const uk = UK_POSTCODE.exec(compact);
  if (uk && (iso === undefined || iso === 'GB')) return ok(`${uk[1]}${uk[2]}`.toLowerCase(), 'UK postcode cut to area/district/sector');
  return ok(compact.toLowerCase());
}

/** Google postal code: sent unhashed; US 5+4 trimmed to 5 digits, others as given (trimmed). */
export function zipGoogle(raw: unknown, country?: string): Step {
  const t = nonEmpty(raw);
  if (typeof t !== 'string') return t;
  const iso = findCountry(country)?.iso2;
  const us = US_ZIP.exec(t);
  return us && (iso === undefined || iso === 'US') ? ok(us[1] as string) : ok(t.replace(/\s+/g, ' ').toUpperCase());
}

export function countryIso2(raw: unknown): Step {
  const t = nonEmpty(raw);
  if (typeof t !== 'string') return t;
  const found = findCountry(t);
  if (found) return ok(found.iso2);
  if (/^[a-z]{2}$/i.test(t)) return ok(t.toUpperCase(), `"${t}" is not in our country table; used as an ISO code`);
  return drop(`"${t}" is not a known country name or ISO code`);
}

const GENDERS: Record<string, 'f' | 'm'> = { f: 'f', female: 'f', woman: 'f', w: 'f', m: 'm', male: 'm', man: 'm' };

export function genderLetter(raw: unknown): Step {
  const t = nonEmpty(raw);
  if (typeof t !== 'string') return t;
  const g = GENDERS[t.toLowerCase()];
  return g ? ok(g) : drop(`"${t}" is not f/m — Meta only accepts f or m, so the field is dropped`);
}
