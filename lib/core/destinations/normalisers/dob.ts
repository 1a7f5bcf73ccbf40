/** Date of birth parsing for Meta (DOBY/DOBM/DOBD, CAPI db=YYYYMMDD). */
export type Dob = { year: string; month: string; day: string };
export type DobResult = { ok: true; dob: Dob; note?: string } | { ok: false; note: string };

function build(y: number, m: number, d: number, note?: string): DobResult {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, note: `${y}-${m}-${d} is not a real date` };
  }
  if (y < 1900 || date.getTime() > Date.now()) return { ok: false, note: `${y} is not a plausible birth year` };
  const dob = { year: String(y), month: String(m).padStart(2, '0'), day: String(d).padStart(2, '0') };
  return note ? { ok: true, dob, note } : { ok: true, dob };
}

/**
 * Accepts YYYY-MM-DD (optionally with a time), YYYY/MM/DD, YYYYMMDD, MM/DD/YYYY (US order,
 * noted) and Unix seconds — Customer.io stores timestamps as Unix seconds.
 */
export function parseDob(raw: unknown): DobResult {
  if (raw === undefined || raw === null || raw === '') return { ok: false, note: 'no value — field dropped' };
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const ms = Math.abs(raw) >= 1e11 ? raw : raw * 1000;
    const d = new Date(ms);
    return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 'read as a Unix timestamp (UTC)');
  }
  if (typeof raw !== 'string') return { ok: false, note: `not a date (${typeof raw})` };
  const t = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return build(+m[3]!, +m[1]!, +m[2]!, 'read as MM/DD/YYYY (US order)');
  if (/^\d{9,13}$/.test(t)) return parseDob(Number(t));
  return { ok: false, note: `"${t}" is not a date we can read (use YYYY-MM-DD)` };
}
