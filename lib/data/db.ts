import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/client.ts';
import { applyMigrations } from './migrate.ts';
import { lockDataDir } from './embedded-lock.ts';

/**
 * The one place that opens the database. With DATABASE_URL set it talks to PostgreSQL; without,
 * it runs embedded PostgreSQL (PGlite) in ./data/pglite. Either way pending migrations are applied
 * on first use. Nothing opens at import time: `next build` imports route modules.
 */
export type Db = PrismaClient;

export function embeddedDataDir(): string {
  return path.resolve(process.env.TRIGGER_STUDIO_DATA_DIR ?? path.join(process.cwd(), 'data', 'pglite'));
}

export type OpenOptions = { databaseUrl?: string; dataDir?: string };

async function openAdapter(options: OpenOptions): Promise<{ factory: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> }> {
  const url = options.databaseUrl ?? (options.dataDir ? undefined : process.env.DATABASE_URL);
  if (url) {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return { factory: new PrismaPg({ connectionString: url }), close: async () => {} };
  }
  const dataDir = options.dataDir ?? embeddedDataDir();
  const release = await lockDataDir(dataDir, (err) => {
    console.error(`Lost the lock on ${dataDir} (${err.message}); stopping to protect the data.`);
    process.exit(1);
  });
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const pglite = new PGlite(dataDir);
  await pglite.waitReady;
  return {
    factory: new PrismaPGlite(pglite),
    close: async () => {
      await pglite.close();
      await release();
    },
  };
}

export async function openDb(options: OpenOptions = {}): Promise<{ db: Db; close: () => Promise<void> }> {
  const { factory, close } = await openAdapter(options);
  try {
    await applyMigrations(factory);
  } catch (err) {
    await close();
    throw err;
  }
  const db = new PrismaClient({ adapter: factory });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await close();
    },
  };
}

const globalForDb = globalThis as unknown as { triggerStudioDb?: Promise<Db> };

/** Process-wide client, opened (and migrated) on first call. */
export function getDb(): Promise<Db> {
  globalForDb.triggerStudioDb ??= openDb().then(({ db }) => db);
  globalForDb.triggerStudioDb.catch(() => {
    globalForDb.triggerStudioDb = undefined;
  });
  return globalForDb.triggerStudioDb;
}
