/** Completion and hover helpers: the field paths present in samples, and a value by path text. */
import type { SegmentMessage } from '../sample.ts';
import { pathText } from './ast.ts';
import { tokenize } from './tokenize.ts';
import { fqlTypeOf, lookupPath } from './values.ts';

export type FieldPath = { path: string; escaped: string; types: string[] };

const MAX_PATHS = 2_000;
const MAX_DEPTH = 12;

/**
 * Every object key path in the samples (objects are descended, lists are not: FQL cannot reach
 * inside them). `path` is for display (keys joined by '.'), `escaped` is what to insert.
 */
export function fieldPaths(samples: SegmentMessage[]): FieldPath[] {
  const found = new Map<string, { path: string; types: Set<string> }>();
  const visit = (value: unknown, segments: string[]) => {
    if (found.size >= MAX_PATHS) return;
    if (segments.length > 0) {
      const key = pathText(segments);
      let entry = found.get(key);
      if (!entry) found.set(key, (entry = { path: segments.join('.'), types: new Set() }));
      entry.types.add(fqlTypeOf(value));
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && segments.length < MAX_DEPTH) {
      for (const [k, v] of Object.entries(value)) if (k !== '') visit(v, [...segments, k]);
    }
  };
  for (const s of samples) visit(s, []);
  return [...found.entries()]
    .map(([escaped, e]) => ({ path: e.path, escaped, types: [...e.types].sort() }))
    .sort((a, b) => a.escaped.localeCompare(b.escaped));
}

/** Splits FQL path text (with backslash escapes) into keys; null if it is not a single path. */
export function parsePathText(path: string): string[] | null {
  try {
    const tokens = tokenize(path.trim());
    const t = tokens[0];
    if (tokens.length !== 2 || t.kind !== 'word') return null;
    return t.segments;
  } catch {
    return null;
  }
}

/** The value at an FQL path (escaped text, e.g. `properties.product\ 1.price`); undefined when missing. */
export function valueAtPath(message: unknown, path: string): unknown {
  const segments = parsePathText(path);
  if (!segments) return undefined;
  const hit = lookupPath(message, segments);
  return hit.found ? hit.value : undefined;
}
