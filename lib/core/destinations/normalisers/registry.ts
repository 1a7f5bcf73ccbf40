/**
 * Named, versioned normalisers per destination and field (destinations.md 5.1).
 * Bump the @version when the output for some input changes; docsDate records which vendor
 * docs the rule follows. Where vendors disagree, both readings exist and one is the default.
 */
import type { DestinationId } from '../catalog.ts';
import { parseDob } from './dob.ts';
import * as r from './field-rules.ts';
import { normalisePhoneDigits } from './phone.ts';

export type NormaliserId = string;

export type NormaliserContext = { country?: string };

export type NormaliserSpec = {
  id: NormaliserId;
  /** Canonical field name read from the customer (see attribute aliases in normalise.ts). */
  field: string;
  /** The vendor's key for this value, e.g. EMAIL (Meta CA), em (CAPI), hashedEmail (Google). */
  key: string;
  hashed: boolean;
  /** The variant used unless the template picks another one. */
  isDefault: boolean;
  description: string;
  docsDate: string;
  run: (raw: unknown, ctx: NormaliserContext) => r.Step;
};

type Def = Omit<NormaliserSpec, 'isDefault' | 'hashed'> & { isDefault?: boolean; hashed?: boolean };
const spec = (d: Def): NormaliserSpec => ({ isDefault: true, hashed: true, ...d });

function phone(plus: boolean) {
  return (raw: unknown, ctx: NormaliserContext): r.Step => {
    const p = normalisePhoneDigits(raw, ctx.country);
    if (!p.ok) return { value: null, note: p.note };
    const value = plus ? `+${p.digits}` : p.digits;
    return p.note ? { value, note: p.note } : { value };
  };
}

function dobPart(part: 'year' | 'month' | 'day' | 'all') {
  return (raw: unknown): r.Step => {
    const d = parseDob(raw);
    if (!d.ok) return { value: null, note: d.note };
    const value = part === 'all' ? `${d.dob.year}${d.dob.month}${d.dob.day}` : d.dob[part];
    return d.note ? { value, note: d.note } : { value };
  };
}

const META = '2025-10';
const metaEmail = spec({ id: 'meta.email@1', field: 'email', key: 'EMAIL', docsDate: META, description: 'trim + lowercase; dots and +tags kept', run: r.emailTrimLower });
const metaPhone = spec({ id: 'meta.phone@1', field: 'phone', key: 'PHONE', docsDate: META, description: 'digits only with country code, no leading zeros', run: phone(false) });
const metaFn = spec({ id: 'meta.first_name@1', field: 'first_name', key: 'FN', docsDate: META, description: 'trim + lowercase, punctuation removed', run: r.nameNoPunctuation });
const metaLn = spec({ id: 'meta.last_name@1', field: 'last_name', key: 'LN', docsDate: META, description: 'trim + lowercase, punctuation removed', run: r.nameNoPunctuation });
const metaCity = spec({ id: 'meta.city@1', field: 'city', key: 'CT', docsDate: META, description: 'a–z only, no spaces', run: r.cityLatin });
const metaState = spec({ id: 'meta.state@1', field: 'state', key: 'ST', docsDate: META, description: 'US: 2-letter code; else letters only; lowercase', run: (v, c) => r.stateCode(v, c.country) });
const metaZip = spec({ id: 'meta.zip@1', field: 'zip', key: 'ZIP', docsDate: META, description: 'US first 5 digits; UK area/district/sector; lowercase, no spaces', run: (v, c) => r.zipMeta(v, c.country) });
const metaCountry = spec({ id: 'meta.country@1', field: 'country', key: 'COUNTRY', docsDate: META, description: 'ISO alpha-2, lowercase', run: (v) => lower(r.countryIso2(v)) });
const metaGender = spec({ id: 'meta.gender@1', field: 'gender', key: 'GEN', docsDate: META, description: 'f or m', run: r.genderLetter });

function lower(s: r.Step): r.Step {
  return s.value === null ? s : { ...s, value: s.value.toLowerCase() };
}
const withKey = (s: NormaliserSpec, key: string): NormaliserSpec => ({ ...s, key });

const GOOGLE = '2025-10';
const TIKTOK = '2025-09';

export const NORMALISERS: Readonly<Partial<Record<DestinationId, readonly NormaliserSpec[]>>> = {
  meta_custom_audience: [
    metaEmail, metaPhone, metaFn, metaLn,
    spec({ id: 'meta.first_initial@1', field: 'first_initial', key: 'FI', docsDate: META, description: 'first letter of the normalised first name', run: r.firstInitial }),
    metaCity, metaState, metaZip, metaCountry, metaGender,
    spec({ id: 'meta.dob_year@1', field: 'dob_year', key: 'DOBY', docsDate: META, description: 'YYYY', run: dobPart('year') }),
    spec({ id: 'meta.dob_month@1', field: 'dob_month', key: 'DOBM', docsDate: META, description: 'MM', run: dobPart('month') }),
    spec({ id: 'meta.dob_day@1', field: 'dob_day', key: 'DOBD', docsDate: META, description: 'DD', run: dobPart('day') }),
  ],
  meta_capi: [
    withKey(metaEmail, 'em'), withKey(metaPhone, 'ph'), withKey(metaFn, 'fn'), withKey(metaLn, 'ln'),
    withKey(metaCity, 'ct'), withKey(metaState, 'st'), withKey(metaZip, 'zp'), withKey(metaCountry, 'country'),
    withKey(metaGender, 'ge'),
    spec({ id: 'meta.dob@1', field: 'dob', key: 'db', docsDate: META, description: 'YYYYMMDD', run: dobPart('all') }),
  ],
  google_customer_match: [
    spec({ id: 'google.email@1', field: 'email', key: 'hashedEmail', docsDate: GOOGLE, description: 'official Customer Match guidance: trim + lowercase only', run: r.emailTrimLower }),
    spec({ id: 'google.email.gmail-canonical@1', field: 'email', key: 'hashedEmail', docsDate: GOOGLE, isDefault: false, description: 'enhanced-conversions samples: gmail/googlemail lose dots and +tag', run: r.emailGmailCanonical }),
    spec({ id: 'google.phone@1', field: 'phone', key: 'hashedPhoneNumber', docsDate: GOOGLE, description: 'E.164 with "+"', run: phone(true) }),
    spec({ id: 'google.first_name@1', field: 'first_name', key: 'addressInfo.hashedFirstName', docsDate: GOOGLE, description: 'trim + lowercase', run: r.nameTrimLower }),
    spec({ id: 'google.last_name@1', field: 'last_name', key: 'addressInfo.hashedLastName', docsDate: GOOGLE, description: 'trim + lowercase', run: r.nameTrimLower }),
    spec({ id: 'google.country@1', field: 'country', key: 'addressInfo.countryCode', docsDate: GOOGLE, hashed: false, description: 'ISO alpha-2 uppercase, NOT hashed', run: r.countryIso2 }),
    spec({ id: 'google.zip@1', field: 'zip', key: 'addressInfo.postalCode', docsDate: GOOGLE, hashed: false, description: 'postal code NOT hashed; US 5+4 cut to 5', run: (v, c) => r.zipGoogle(v, c.country) }),
  ],
  tiktok_audience: [
    spec({ id: 'tiktok.email@1', field: 'email', key: 'EMAIL_SHA256', docsDate: TIKTOK, description: 'current help page: lowercase, drop +tag before @, dots kept', run: r.emailDropPlusTag }),
    spec({ id: 'tiktok.email.strip-dots@1', field: 'email', key: 'EMAIL_SHA256', docsDate: TIKTOK, isDefault: false, description: 'older help page / Segment: also drop every dot before @', run: r.emailDropPlusTagAndDots }),
    spec({ id: 'tiktok.phone@1', field: 'phone', key: 'PHONE_SHA256', docsDate: TIKTOK, description: 'Aug-2025 list: digits only incl. country code', run: phone(false) }),
    spec({ id: 'tiktok.phone.e164-plus@1', field: 'phone', key: 'PHONE_SHA256', docsDate: TIKTOK, isDefault: false, description: 'another 2025 page: E.164 with "+"', run: phone(true) }),
  ],
  warehouse_events: [
    spec({ id: 'warehouse.email@1', field: 'email', key: 'email_sha256', docsDate: '2025-10', description: 'trim + lowercase (same as Meta, so joins work)', run: r.emailTrimLower }),
  ],
};

export function normalisersFor(destinationId: string): readonly NormaliserSpec[] {
  return NORMALISERS[destinationId as DestinationId] ?? [];
}

export function findNormaliser(id: NormaliserId): NormaliserSpec | undefined {
  for (const list of Object.values(NORMALISERS)) {
    const found = list?.find((s) => s.id === id);
    if (found) return found;
  }
  return undefined;
}
