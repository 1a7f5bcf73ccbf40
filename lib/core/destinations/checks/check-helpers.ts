import type { Diagnostic, Severity } from '../../diagnostics.ts';
import type { Destination } from '../catalog.ts';
import { EMPTY_SHA256 } from '../sha256-hex.ts';

export type CheckContext = {
  payload: unknown;
  renderedText: string;
  destination: Destination;
  /** Epoch milliseconds used for event-age checks. */
  now: number;
};

/** A destination finding; `replacesSchema` hides the schema error at the same path (ours explains it better). */
export type Finding = Diagnostic & { replacesSchema?: boolean };

export type DestinationCheck = (ctx: CheckContext) => Finding[];

export function finding(code: string, severity: Severity, path: string, text: string, replacesSchema = false): Finding {
  const f: Finding = { source: 'destination', code: `destination/${code}`, severity, message: `${path || '/'}: ${text}`, path };
  if (replacesSchema) f.replacesSchema = true;
  return f;
}

export function asObject(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function asArray(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

export function emptyHashFinding(path: string): Finding {
  return finding('empty-hash', 'error', path,
    'is sha256("") (e3b0c442…b855) — the hash of an empty value matches nobody; leave the field out instead');
}

export function isEmptyHash(v: unknown): boolean {
  return v === EMPTY_SHA256;
}

/** Flag sha256("") in the given hashed fields of an object. Arrays of hashes are checked per item. */
export function checkEmptyHashes(obj: Record<string, unknown>, fields: readonly string[], base: string): Finding[] {
  const out: Finding[] = [];
  for (const f of fields) {
    const v = obj[f];
    if (isEmptyHash(v)) out.push(emptyHashFinding(`${base}/${f}`));
    if (Array.isArray(v)) v.forEach((x, i) => isEmptyHash(x) && out.push(emptyHashFinding(`${base}/${f}/${i}`)));
  }
  return out;
}
