/**
 * match() glob (docs 3.8): a port of Go's path.Match algorithm (which segmentio/glob and tsub's
 * globMatches follow) with '/' not special, over Unicode code points. Malformed patterns never
 * match. Patterns are compiled once; the common prefix/suffix/infix shapes take a fast path.
 */

type Cp = number[];
class BadPattern extends Error {}

function toCodePoints(s: string): Cp {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

const STAR = 42; // *
const QUESTION = 63; // ?
const LBRACKET = 91; // [
const RBRACKET = 93; // ]
const BACKSLASH = 92; // \
const CARET = 94; // ^
const DASH = 45; // -

/** Splits off leading stars and the following chunk (up to the next star outside a class). */
function scanChunk(p: Cp, from: number): { star: boolean; chunkStart: number; chunkEnd: number } {
  let i = from;
  let star = false;
  while (i < p.length && p[i] === STAR) {
    i++;
    star = true;
  }
  const chunkStart = i;
  let inRange = false;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === BACKSLASH) {
      if (i + 1 < p.length) i++;
    } else if (c === LBRACKET) inRange = true;
    else if (c === RBRACKET) inRange = false;
    else if (c === STAR && !inRange) break;
  }
  return { star, chunkStart, chunkEnd: i };
}

function getEsc(p: Cp, i: number, end: number): { r: number; next: number } {
  if (i >= end || p[i] === DASH || p[i] === RBRACKET) throw new BadPattern();
  if (p[i] === BACKSLASH) {
    i++;
    if (i >= end) throw new BadPattern();
  }
  const r = p[i];
  i++;
  if (i >= end) throw new BadPattern();
  return { r, next: i };
}

/** Matches chunk p[cs..ce) at the start of s[si..]; returns the new s index or -1. */
function matchChunk(p: Cp, cs: number, ce: number, s: Cp, si: number): number {
  let failed = false;
  let i = cs;
  while (i < ce) {
    if (!failed && si >= s.length) failed = true;
    const c = p[i];
    if (c === LBRACKET) {
      let r = -1;
      if (!failed) r = s[si++];
      i++;
      let negated = false;
      if (i < ce && p[i] === CARET) {
        negated = true;
        i++;
      }
      let matched = false;
      let nrange = 0;
      for (;;) {
        if (i < ce && p[i] === RBRACKET && nrange > 0) {
          i++;
          break;
        }
        const lo = getEsc(p, i, ce);
        i = lo.next;
        let hi = lo.r;
        if (p[i] === DASH) {
          const h = getEsc(p, i + 1, ce);
          hi = h.r;
          i = h.next;
        }
        if (lo.r <= r && r <= hi) matched = true;
        nrange++;
      }
      if (matched === negated) failed = true;
    } else if (c === QUESTION) {
      if (!failed) si++;
      i++;
    } else {
      if (c === BACKSLASH) {
        i++;
        if (i >= ce) throw new BadPattern();
      }
      if (!failed) {
        if (p[i] !== s[si]) failed = true;
        si++;
      }
      i++;
    }
  }
  return failed ? -1 : si;
}

function globMatchCp(p: Cp, s: Cp): boolean {
  let pi = 0;
  let si = 0;
  outer: while (pi < p.length) {
    const { star, chunkStart, chunkEnd } = scanChunk(p, pi);
    pi = chunkEnd;
    if (star && chunkStart === chunkEnd) return true;
    const t = matchChunk(p, chunkStart, chunkEnd, s, si);
    if (t >= 0 && (t === s.length || pi < p.length)) {
      si = t;
      continue;
    }
    if (star) {
      for (let k = si; k < s.length; k++) {
        const t2 = matchChunk(p, chunkStart, chunkEnd, s, k + 1);
        if (t2 >= 0) {
          if (pi >= p.length && t2 < s.length) continue;
          si = t2;
          continue outer;
        }
      }
    }
    return false;
  }
  return si === s.length;
}

/** Throws BadPattern when any chunk is malformed (Go checks the rest of the pattern too). */
function validate(p: Cp): void {
  let pi = 0;
  while (pi < p.length) {
    const { chunkStart, chunkEnd } = scanChunk(p, pi);
    pi = chunkEnd;
    matchChunk(p, chunkStart, chunkEnd, [], 0);
  }
}

export function isValidGlob(pattern: string): boolean {
  try {
    validate(toCodePoints(pattern));
    return true;
  } catch {
    return false;
  }
}

const META = /[*?[\]\\]/;

/** Compile a pattern into a matcher over strings. */
export function compileGlob(pattern: string): (s: string) => boolean {
  if (!isValidGlob(pattern)) return () => false;
  if (pattern === '*') return () => true;
  if (!META.test(pattern)) return (s) => s === pattern;
  const inner = pattern.slice(1, -1);
  const head = pattern.slice(0, -1);
  const tail = pattern.slice(1);
  if (pattern.endsWith('*') && !META.test(head)) return (s) => s.startsWith(head);
  if (pattern.startsWith('*') && !META.test(tail)) return (s) => s.endsWith(tail);
  if (pattern.length > 2 && pattern.startsWith('*') && pattern.endsWith('*') && !META.test(inner)) return (s) => s.includes(inner);
  const p = toCodePoints(pattern);
  return (s) => globMatchCp(p, toCodePoints(s));
}

const cache = new Map<string, (s: string) => boolean>();

/** For patterns that are only known at run time (match(x, path)). */
export function globMatches(s: string, pattern: string): boolean {
  let m = cache.get(pattern);
  if (!m) {
    if (cache.size > 500) cache.clear();
    m = compileGlob(pattern);
    cache.set(pattern, m);
  }
  return m(s);
}
