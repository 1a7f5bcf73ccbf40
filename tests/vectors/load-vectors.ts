import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The team's shared test vectors: ../shared/<name> beside the checkout (CI lays it there) when
 * present, so new cases are picked up; otherwise the copy kept in tests/vectors.
 */
export function loadVectors<T>(name: 'vectors-fql.json' | 'vectors-liquid.json'): T {
  const shared = path.resolve(process.cwd(), '..', 'shared', name);
  const file = existsSync(shared) ? shared : path.resolve(process.cwd(), 'tests', 'vectors', name);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
