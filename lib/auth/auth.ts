import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { getDb } from '../data/db.ts';
import { authSecret } from './auth-secret.ts';
import { bootstrapAdminFromEnv } from './bootstrap.ts';

/**
 * better-auth owns sessions and password hashing; both live in PostgreSQL through Prisma.
 * Public sign-up is off: admins add people (lib/services/people.ts), and the first admin comes
 * from ADMIN_EMAIL/ADMIN_PASSWORD or the one-time /setup page.
 */
async function createAuth() {
  const db = await getDb();
  return betterAuth({
    secret: authSecret(),
    baseURL: process.env.BETTER_AUTH_URL,
    database: prismaAdapter(db, { provider: 'postgresql', transaction: true }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'marketer', input: false },
        workspaceId: { type: 'string', required: true, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7 },
    telemetry: { enabled: false },
    // Sets the session cookie when sign-in runs inside a server action.
    plugins: [nextCookies()],
    advanced: { useSecureCookies: process.env.NODE_ENV === 'production' && process.env.BETTER_AUTH_URL?.startsWith('https') },
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

async function createAuthAndBootstrap(): Promise<Auth> {
  const auth = await createAuth();
  await bootstrapAdminFromEnv(await getDb(), auth);
  return auth;
}

const globalForAuth = globalThis as unknown as { triggerStudioAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.triggerStudioAuth ??= createAuthAndBootstrap();
  globalForAuth.triggerStudioAuth.catch(() => {
    globalForAuth.triggerStudioAuth = undefined;
  });
  return globalForAuth.triggerStudioAuth;
}
