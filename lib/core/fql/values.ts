/**
 * FQL value semantics (docs 3.3-3.6): strict typing, missing = null, list equality element-wise,
 * UTF-8 byte length. Shared by the compiled evaluator and explain() so they cannot disagree.
 */

export type FqlType = 'string' | 'number' | 'bool' | 'list' | 'null' | 'object';

const hasOwn = Object.prototype.hasOwnProperty;

export function fqlTypeOf(v: unknown): FqlType {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'bool';
    default:
      return Array.isArray(v) ? 'list' : 'object';
  }
}

/** Reads a path; arrays are not indexable (docs 3.4) and only own keys count. */
export function readPath(root: unknown, segments: readonly string[]): unknown {
  let cur: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return null;
    const key = segments[i];
    if (!hasOwn.call(cur, key)) return null;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur === undefined ? null : cur;
}

/** Like readPath but tells a missing key apart from an explicit null (for explanations). */
export function lookupPath(root: unknown, segments: readonly string[]): { found: boolean; value: unknown; stoppedAt?: number; reason?: 'list' | 'scalar' } {
  let cur: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    if (cur === null || typeof cur !== 'object') return { found: false, value: null, stoppedAt: i, reason: 'scalar' };
    if (Array.isArray(cur)) return { found: false, value: null, stoppedAt: i, reason: 'list' };
    if (!hasOwn.call(cur, segments[i])) return { found: false, value: null, stoppedAt: i };
    cur = (cur as Record<string, unknown>)[segments[i]];
  }
  return { found: true, value: cur === undefined ? null : cur };
}

export function fqlEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined) return b === null || b === undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!fqlEquals(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!hasOwn.call(b, k) || !fqlEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export function isScalar(v: unknown): boolean {
  return v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** Byte length of the UTF-8 encoding (lone surrogates count as U+FFFD, 3 bytes, like TextEncoder). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

export function fqlLength(v: unknown): number | null {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') return utf8Length(v);
  if (Array.isArray(v)) return v.length;
  return null;
}

export function fqlLowercase(v: unknown): string | null {
  return typeof v === 'string' ? v.toLowerCase() : null;
}

export function fqlIn(left: unknown, right: unknown): boolean {
  if (!Array.isArray(right) || !isScalar(left)) return false;
  for (const item of right) if (fqlEquals(left, item)) return true;
  return false;
}

export function fqlContains(s: unknown, sub: unknown): boolean {
  return typeof s === 'string' && typeof sub === 'string' && s.includes(sub);
}
