/** Test helper: the shared FQL vectors (see tests/vectors/load-vectors.ts for where they come from). */
import { loadVectors as loadShared } from '../../../tests/vectors/load-vectors.ts';

export type FqlVector = { expr: string; event: unknown; expect: boolean | 'error'; note?: string; source?: string };

export function loadVectors(): FqlVector[] {
  return loadShared<FqlVector[]>('vectors-fql.json');
}
