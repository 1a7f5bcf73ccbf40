import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AppError } from '../errors.ts';
import { isRole, type Role } from '../core/workflow/roles.ts';
import { getAuth } from './auth.ts';

export type CurrentUser = { id: string; email: string; name: string; role: Role; workspaceId: string };

/** The signed-in user, read from the session cookie and checked against the database. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: unknown; workspaceId?: unknown };
  if (!isRole(u.role) || typeof u.workspaceId !== 'string') return null;
  return { id: u.id, email: u.email, name: u.name, role: u.role, workspaceId: u.workspaceId };
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return user;
}

/** For pages: a signed-out visitor is sent to sign in instead of seeing an error. */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}
