/**
 * Small country table for phone and country normalisation: ISO 3166 alpha-2, calling code,
 * national trunk prefix (stripped before adding the calling code) and common names.
 * Deliberately not libphonenumber: enough for the markets our users sell in, no megabytes.
 * Trunk '' = the leading 0 is part of the number (Italy) or there is no trunk prefix.
 */
export type CountryInfo = { iso2: string; alpha3: string; callingCode: string; trunk: string; names: string[] };

const ROWS: Array<[string, string, string, string, string[]]> = [
  ['US', 'USA', '1', '1', ['united states', 'united states of america', 'usa', 'america']],
  ['CA', 'CAN', '1', '1', ['canada']],
  ['GB', 'GBR', '44', '0', ['united kingdom', 'uk', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland']],
  ['IE', 'IRL', '353', '0', ['ireland']],
  ['AU', 'AUS', '61', '0', ['australia']],
  ['NZ', 'NZL', '64', '0', ['new zealand']],
  ['DE', 'DEU', '49', '0', ['germany', 'deutschland']],
  ['FR', 'FRA', '33', '0', ['france']],
  ['ES', 'ESP', '34', '', ['spain', 'españa', 'espana']],
  ['IT', 'ITA', '39', '', ['italy', 'italia']],
  ['PT', 'PRT', '351', '', ['portugal']],
  ['NL', 'NLD', '31', '0', ['netherlands', 'the netherlands', 'holland']],
  ['BE', 'BEL', '32', '0', ['belgium']],
  ['LU', 'LUX', '352', '', ['luxembourg']],
  ['CH', 'CHE', '41', '0', ['switzerland']],
  ['AT', 'AUT', '43', '0', ['austria']],
  ['DK', 'DNK', '45', '', ['denmark']],
  ['NO', 'NOR', '47', '', ['norway']],
  ['SE', 'SWE', '46', '0', ['sweden']],
  ['FI', 'FIN', '358', '0', ['finland']],
  ['PL', 'POL', '48', '', ['poland']],
  ['CZ', 'CZE', '420', '', ['czech republic', 'czechia']],
  ['GR', 'GRC', '30', '', ['greece']],
  ['TR', 'TUR', '90', '0', ['turkey', 'türkiye', 'turkiye']],
  ['IL', 'ISR', '972', '0', ['israel']],
  ['AE', 'ARE', '971', '0', ['united arab emirates', 'uae']],
  ['SA', 'SAU', '966', '0', ['saudi arabia']],
  ['ZA', 'ZAF', '27', '0', ['south africa']],
  ['NG', 'NGA', '234', '0', ['nigeria']],
  ['IN', 'IND', '91', '0', ['india']],
  ['SG', 'SGP', '65', '', ['singapore']],
  ['MY', 'MYS', '60', '0', ['malaysia']],
  ['PH', 'PHL', '63', '0', ['philippines']],
  ['ID', 'IDN', '62', '0', ['indonesia']],
  ['TH', 'THA', '66', '0', ['thailand']],
  ['VN', 'VNM', '84', '0', ['vietnam', 'viet nam']],
  ['JP', 'JPN', '81', '0', ['japan']],
  ['KR', 'KOR', '82', '0', ['south korea', 'korea', 'republic of korea']],
  ['CN', 'CHN', '86', '0', ['china']],
  ['HK', 'HKG', '852', '', ['hong kong']],
  ['TW', 'TWN', '886', '0', ['taiwan']],
  ['BR', 'BRA', '55', '0', ['brazil', 'brasil']],
  ['MX', 'MEX', '52', '', ['mexico', 'méxico']],
  ['AR', 'ARG', '54', '0', ['argentina']],
  ['CL', 'CHL', '56', '', ['chile']],
  ['CO', 'COL', '57', '', ['colombia']],
  ['PE', 'PER', '51', '', ['peru', 'perú']],
  ['RU', 'RUS', '7', '8', ['russia', 'russian federation']],
  ['UA', 'UKR', '380', '0', ['ukraine']],
  ['RO', 'ROU', '40', '0', ['romania']],
  ['HU', 'HUN', '36', '06', ['hungary']],
];

export const COUNTRIES: readonly CountryInfo[] = ROWS.map(([iso2, alpha3, callingCode, trunk, names]) => ({ iso2, alpha3, callingCode, trunk, names }));

const LOOKUP = new Map<string, CountryInfo>();
for (const c of COUNTRIES) {
  for (const key of [c.iso2, c.alpha3, ...c.names]) LOOKUP.set(key.toLowerCase(), c);
}

/** Country from an ISO alpha-2/alpha-3 code or a common English name; undefined when unknown. */
export function findCountry(raw: unknown): CountryInfo | undefined {
  if (typeof raw !== 'string') return undefined;
  const key = raw.trim().toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
  return LOOKUP.get(key);
}

/** Longest-prefix calling-code match of international digits (no '+'). */
export function countryByCallingCode(digits: string): CountryInfo | undefined {
  for (const len of [3, 2, 1]) {
    const found = COUNTRIES.find((c) => c.callingCode === digits.slice(0, len) && c.callingCode.length === len);
    if (found) return found;
  }
  return undefined;
}
