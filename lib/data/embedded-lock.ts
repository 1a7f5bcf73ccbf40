import { mkdirSync } from 'node:fs';
import lockfile from 'proper-lockfile';

/**
 * Two processes writing one PGlite folder lose writes silently (docs/stack-notes.md), so the
 * folder is held under an exclusive lock for the life of the process. proper-lockfile refreshes
 * the lock's mtime, so a lock left by a killed process goes stale and is taken over.
 */
export class EmbeddedDatabaseInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `The embedded database at ${dataDir} is already open in another Trigger Studio process ` +
        '(a running server, migration or test run). Stop that process first, or set DATABASE_URL ' +
        'to use a PostgreSQL server.',
    );
    this.name = 'EmbeddedDatabaseInUseError';
  }
}

export async function lockDataDir(dataDir: string, onCompromised: (err: Error) => void): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}.lock`,
      stale: 10_000,
      update: 2_000,
      realpath: false,
      onCompromised,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new EmbeddedDatabaseInUseError(dataDir);
    throw err;
  }
}
