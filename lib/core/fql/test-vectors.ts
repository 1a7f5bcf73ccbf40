/** Test helper: the shared FQL vectors (path overridable with FQL_VECTORS for other checkouts). */
import { readFileSync } from 'node:fs';

export type FqlVector = { expr: string; event: unknown; expect: boolean | 'error'; note?: string; source?: string };

export function loadVectors(): FqlVector[] {
  return JSON.parse(readFileSync(process.env.FQL_VECTORS ?? '/work/shared/vectors-fql.json', 'utf8'));
}
