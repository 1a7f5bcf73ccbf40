/**
 * Public normaliser API used by the preview table and template helpers.
 * Never hashes an empty value; passes existing 64-hex hashes through.
 */
import { looksLikeSha256, sha256Hex } from '../sha256-hex.ts';
import { normalisersFor, type NormaliserContext, type NormaliserId, type NormaliserSpec } from './registry.ts';

export type { NormaliserId } from './registry.ts';

export type NormalisedField = { normalised: string | null; hashed: string | null; normaliser: NormaliserId; note?: string };

export type NormaliseOptions = {
  /** ISO code or name; used for national phone numbers, state and zip rules. */
  country?: string;
  /** Pick a non-default variant, e.g. 'tiktok.email.strip-dots@1'. */
  variant?: NormaliserId;
};

export type IdentifierRow = {
  field: string;
  raw: unknown;
  normalised: string | null;
  hashed: string | null;
  normaliser: NormaliserId;
  note?: string;
  /** Results of the other variants for this field, where vendors' docs disagree. */
  alternatives?: NormalisedField[];
};

/** Customer.io attribute names tried, in order, for each canonical field. */
export const ATTRIBUTE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  email: ['email', 'email_address'],
  phone: ['phone', 'phone_number', 'mobile', 'mobile_phone'],
  first_name: ['first_name', 'firstName', 'firstname'],
  last_name: ['last_name', 'lastName', 'lastname'],
  city: ['city'],
  state: ['state', 'region', 'province'],
  zip: ['zip', 'postal_code', 'zip_code', 'postcode', 'postalCode'],
  country: ['country', 'country_code'],
  gender: ['gender', 'sex'],
  dob: ['dob', 'birthdate', 'birthday', 'date_of_birth'],
};

/** Fields derived from another attribute (Meta's FI and DOBY/DOBM/DOBD). */
const SOURCE_FIELD: Record<string, string> = { first_initial: 'first_name', dob_year: 'dob', dob_month: 'dob', dob_day: 'dob' };

function with_(result: Omit<NormalisedField, 'note'>, note?: string): NormalisedField {
  return note ? { ...result, note } : result;
}

export function applyNormaliser(spec: NormaliserSpec, raw: unknown, ctx: NormaliserContext = {}): NormalisedField {
  const normaliser = spec.id;
  if (typeof raw === 'string' && looksLikeSha256(raw.trim())) {
    if (!spec.hashed) return with_({ normalised: null, hashed: null, normaliser }, 'looks already hashed, but this destination wants the field unhashed');
    const hash = raw.trim().toLowerCase();
    const note = hash === raw ? 'already a SHA-256 hash — passed through unchanged' : 'already a SHA-256 hash — passed through (lowercased)';
    if (hash === sha256Hex('')) return with_({ normalised: null, hashed: null, normaliser }, 'is sha256("") — the hash of an empty value; field dropped');
    return with_({ normalised: hash, hashed: hash, normaliser }, note);
  }
  const step = spec.run(raw, ctx);
  if (step.value === null || step.value === '') {
    return with_({ normalised: null, hashed: null, normaliser }, step.note ?? 'empty after normalisation — field dropped');
  }
  if (!spec.hashed) return with_({ normalised: step.value, hashed: null, normaliser }, step.note ? `${step.note}; sent unhashed` : 'sent unhashed');
  return with_({ normalised: step.value, hashed: sha256Hex(step.value), normaliser }, step.note);
}

function pick(destinationId: string, field: string, variant?: NormaliserId): NormaliserSpec | undefined {
  const specs = normalisersFor(destinationId).filter((s) => s.field === field);
  return specs.find((s) => s.id === variant) ?? specs.find((s) => s.isDefault) ?? specs[0];
}

export function normaliseField(destinationId: string, field: string, raw: unknown, opts: NormaliseOptions = {}): NormalisedField {
  const spec = pick(destinationId, field, opts.variant);
  if (!spec) {
    return { normalised: null, hashed: null, normaliser: 'none', note: `${field} is not an identifier for ${destinationId}` };
  }
  const result = applyNormaliser(spec, raw, { country: opts.country });
  if (opts.variant && opts.variant !== spec.id) {
    return { ...result, note: [`unknown variant ${opts.variant}; used ${spec.id}`, result.note].filter(Boolean).join('; ') };
  }
  return result;
}

/** Every variant of one field, default first — for "show both hashes" in the preview. */
export function normaliseFieldVariants(destinationId: string, field: string, raw: unknown, opts: NormaliseOptions = {}): NormalisedField[] {
  const specs = normalisersFor(destinationId).filter((s) => s.field === field);
  specs.sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return specs.map((s) => applyNormaliser(s, raw, { country: opts.country }));
}

export function readAttribute(customer: Record<string, unknown>, field: string): unknown {
  for (const name of ATTRIBUTE_ALIASES[SOURCE_FIELD[field] ?? field] ?? [field]) {
    if (customer[name] !== undefined && customer[name] !== null) return customer[name];
  }
  return undefined;
}

/**
 * One row per identifier the destination takes (default variant), read from the usual
 * Customer.io attribute names; `variants` picks non-default normalisers per field.
 */
export function normaliseIdentifiers(
  destinationId: string,
  customer: Record<string, unknown>,
  opts: { country?: string; variants?: Record<string, NormaliserId> } = {},
): IdentifierRow[] {
  const rawCountry = opts.country ?? readAttribute(customer, 'country');
  const ctx: NormaliserContext = typeof rawCountry === 'string' ? { country: rawCountry } : {};
  const specs = normalisersFor(destinationId);
  const fields = [...new Set(specs.map((s) => s.field))];
  return fields.map((field) => {
    const raw = readAttribute(customer, field);
    const chosen = pick(destinationId, field, opts.variants?.[field]) as NormaliserSpec;
    const row: IdentifierRow = { field, raw, ...applyNormaliser(chosen, raw, ctx) };
    const others = specs.filter((s) => s.field === field && s !== chosen);
    if (others.length > 0) row.alternatives = others.map((s) => applyNormaliser(s, raw, ctx));
    return row;
  });
}
