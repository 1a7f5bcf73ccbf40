import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { openSchemaEngine } from './schema-engine.ts';

export const PRISMA_DIR = path.resolve(process.cwd(), 'prisma');
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

/** The on-disk migrations in the shape Prisma's engine reads them (as `prisma migrate deploy` does). */
export async function loadMigrationsList() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok', value: await readFile(path.join(MIGRATIONS_DIR, dir, 'migration.sql'), 'utf8') },
        },
      })),
    ),
  };
}

/** Applies pending migrations and records them in `_prisma_migrations`; re-running applies nothing. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(SCHEMA_PATH, adapterFactory);
  const { appliedMigrationNames } = await engine.applyMigrations({
    migrationsList: await loadMigrationsList(),
    filters: { externalTables: [], externalEnums: [] },
  });
  return appliedMigrationNames;
}

/**
 * SQL that takes a database holding the committed migrations to the current schema.prisma.
 * The adapter must point at a scratch database: the migrations are applied to it first.
 */
export async function diffSchemaAgainstMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  await applyMigrations(adapterFactory);
  const engine = await openSchemaEngine(SCHEMA_PATH, adapterFactory);
  const result = await engine.diff({
    from: { tag: 'schemaDatasource', files: [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, 'utf8') }], configDir: PRISMA_DIR },
    to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, 'utf8') }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? '';
}
