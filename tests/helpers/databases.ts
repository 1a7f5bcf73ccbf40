import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb, type Db } from '../../lib/data/db.ts';

/** Tests run against both databases users run: embedded PGlite and a real PostgreSQL server. */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error(`Refusing to run tests against non-local database ${host}`);
}

/** A fresh, empty PostgreSQL database for one test file; returns its URL. */
export async function createScratchPostgres(label: string): Promise<string> {
  assertLocal(ADMIN_URL);
  const name = `ts_test_${label}_${process.pid}_${Date.now()}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export function scratchDataDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'trigger-studio-test-')), 'pglite');
}

export type TestDatabase = { name: string; open: () => Promise<{ db: Db; close: () => Promise<void> }> };

export const TEST_DATABASES: TestDatabase[] = [
  { name: 'embedded PGlite', open: () => openDb({ dataDir: scratchDataDir() }) },
  { name: 'PostgreSQL', open: async () => openDb({ databaseUrl: await createScratchPostgres('data') }) },
];

export async function seedWorkspace(db: Db, label = 'w') {
  const workspace = await db.workspace.create({ data: { name: `Workspace ${label}` } });
  const mk = (role: string) =>
    db.user.create({ data: { id: `${label}-${role}-${Math.random().toString(36).slice(2)}`, name: role, email: `${role}-${label}-${Math.random().toString(36).slice(2)}@example.com`, role, workspaceId: workspace.id } });
  const [marketer, reviewer, admin] = await Promise.all([mk('marketer'), mk('reviewer'), mk('admin')]);
  const actor = (u: { id: string; email: string; role: string }) => ({ id: u.id, email: u.email, role: u.role as 'marketer' | 'reviewer' | 'admin', workspaceId: workspace.id });
  return { workspace, marketer: actor(marketer), reviewer: actor(reviewer), admin: actor(admin) };
}
