import type { Auth } from './auth.ts';
import type { Db } from '../data/db.ts';
import { createFirstAdmin, hasAnyUser } from '../data/people.ts';

/** With ADMIN_EMAIL and ADMIN_PASSWORD set, the first start creates that admin (no setup page). */
export async function bootstrapAdminFromEnv(db: Db, auth: Auth): Promise<void> {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password || (await hasAnyUser(db))) return;
  await createFirstAdmin(db, auth, {
    email,
    password,
    name: process.env.ADMIN_NAME ?? 'Admin',
    workspaceName: process.env.WORKSPACE_NAME ?? 'My workspace',
  });
}
