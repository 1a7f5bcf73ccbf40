import type { Auth } from '../auth/auth.ts';
import { AppError } from '../errors.ts';
import { canChangeRole, type Role } from '../core/workflow/roles.ts';
import type { Db } from './db.ts';

export type NewPerson = { email: string; name: string; password: string; role: Role; workspaceId: string };

/** Creates a user whose password is hashed and stored by better-auth, like its own sign-up. */
export async function createPerson(db: Db, auth: Auth, person: NewPerson) {
  const email = person.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email } })) {
    throw new AppError('CONFLICT', `Someone with the email ${email} already exists.`);
  }
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(person.password);
  const user = await ctx.internalAdapter.createUser({
    email,
    name: person.name.trim() || email,
    emailVerified: true,
    role: person.role,
    workspaceId: person.workspaceId,
  }, { method: 'admin' });
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
  return { id: user.id, email, name: user.name, role: person.role };
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  return (await db.user.count()) > 0;
}

/** First start: a workspace and its admin. Refused once anyone exists. */
export async function createFirstAdmin(db: Db, auth: Auth, admin: { email: string; name: string; password: string; workspaceName: string }) {
  if (await hasAnyUser(db)) throw new AppError('FORBIDDEN', 'Setup is already done. Sign in instead.');
  const workspace = await db.workspace.create({ data: { name: admin.workspaceName.trim() || 'My workspace' } });
  return createPerson(db, auth, { ...admin, role: 'admin', workspaceId: workspace.id });
}

export async function listPeople(db: Db, workspaceId: string) {
  return db.user.findMany({
    where: { workspaceId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}

export async function changeRole(db: Db, actor: { id: string; role: Role; workspaceId: string }, userId: string, next: Role) {
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({ where: { id: userId, workspaceId: actor.workspaceId } });
    if (!target) throw new AppError('NOT_FOUND', 'No such person in this workspace.');
    if (!canChangeRole(actor, { id: target.id, role: target.role as Role }, next)) {
      throw new AppError('FORBIDDEN', actor.id === target.id ? 'You cannot raise your own role.' : 'Only admins can change roles.');
    }
    return tx.user.update({ where: { id: userId }, data: { role: next }, select: { id: true, email: true, role: true } });
  });
}
