import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import lockfile from 'proper-lockfile';

/**
 * Two processes writing one PGlite folder lose writes silently (docs/stack-notes.md), so the
 * folder is held under an exclusive lock for the life of the process. proper-lockfile refreshes
 * the lock, so a lock left behind goes stale; we also record the holder's pid, so a start right
 * after the holder was killed (SIGKILL) takes over at once instead of waiting for staleness.
 */
export class EmbeddedDatabaseInUseError extends Error {
  constructor(dataDir: string, pid?: number) {
    super(
      `The embedded database at ${dataDir} is already open in another Trigger Studio process` +
        `${pid ? ` (pid ${pid})` : ''}: a running server, migration or test run. Stop that process first, ` +
        'or set DATABASE_URL to use a PostgreSQL server.',
    );
    this.name = 'EmbeddedDatabaseInUseError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(pidFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export async function lockDataDir(dataDir: string, onCompromised: (err: Error) => void): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = `${dataDir}.lock`;
  const pidFile = `${dataDir}.pid`;
  const attempt = () => lockfile.lock(dataDir, { lockfilePath: lockPath, stale: 10_000, update: 2_000, realpath: false, onCompromised });
  let release: () => Promise<void>;
  try {
    release = await attempt();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    const holder = readPid(pidFile);
    if (holder === undefined || isAlive(holder)) throw new EmbeddedDatabaseInUseError(dataDir, holder);
    rmSync(lockPath, { recursive: true, force: true }); // holder died without releasing
    try {
      release = await attempt();
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED') throw new EmbeddedDatabaseInUseError(dataDir);
      throw again;
    }
  }
  writeFileSync(pidFile, String(process.pid));
  return async () => {
    rmSync(pidFile, { force: true });
    await release();
  };
}
