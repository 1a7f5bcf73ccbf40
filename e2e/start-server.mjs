// Starts the built app for the browser tests: `embedded` on a fresh PGlite folder, `postgres` on a
// fresh database of the local PostgreSQL server. Both get the same first admin from the env.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const [mode, port] = process.argv.slice(2);
const scratch = mkdtempSync(path.join(tmpdir(), `trigger-studio-e2e-${mode}-`));
const env = {
  ...process.env,
  PORT: port,
  HOSTNAME: '127.0.0.1',
  BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
  BETTER_AUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789',
  ADMIN_EMAIL: 'admin@e2e.test',
  ADMIN_PASSWORD: 'admin-password-1',
  ADMIN_NAME: 'Ada Admin',
  WORKSPACE_NAME: 'E2E workspace',
  TRIGGER_STUDIO_DATA_DIR: path.join(scratch, 'pglite'),
  TRIGGER_STUDIO_SECRET_FILE: path.join(scratch, 'auth-secret'),
};
delete env.DATABASE_URL;

if (mode === 'postgres') {
  const admin = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `trigger_studio_e2e_${port}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
}

const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port, '-H', '127.0.0.1'], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal));
next.on('exit', (code) => process.exit(code ?? 0));
