import { randomUUID } from 'node:crypto';
import type { Auth } from '../auth/auth.ts';
import { AppError } from '../errors.ts';
import type { Role } from '../core/workflow/roles.ts';
import type { Db } from './db.ts';
import type { Prisma } from './generated/client.ts';

export type CredentialUser = { email: string; name: string; role: Role; workspaceId: string };

/**
 * Writes the user and credential-account rows better-auth's own sign-up writes, with a password
 * hash from better-auth's hasher. Sign-up itself is disabled: people come from admins.
 */
export async function insertCredentialUser(tx: Prisma.TransactionClient, user: CredentialUser, passwordHash: string) {
  const id = randomUUID();
  await tx.user.create({ data: { id, email: user.email, name: user.name, emailVerified: true, role: user.role, workspaceId: user.workspaceId } });
  await tx.account.create({ data: { id: randomUUID(), userId: id, accountId: id, providerId: 'credential', password: passwordHash } });
  return { id, ...user };
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  return (await db.user.count()) > 0;
}

/** First start: a workspace and its admin. Refused once anyone exists. */
export async function createFirstAdmin(db: Db, auth: Auth, admin: { email: string; name: string; password: string; workspaceName: string }) {
  const hash = await (await auth.$context).password.hash(admin.password);
  const email = admin.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) throw new AppError('FORBIDDEN', 'Setup is already done. Sign in instead.');
    const workspace = await tx.workspace.create({ data: { name: admin.workspaceName.trim() || 'My workspace' } });
    return insertCredentialUser(tx, { email, name: admin.name.trim() || email, role: 'admin', workspaceId: workspace.id }, hash);
  });
}

export async function listPeople(db: Db, workspaceId: string) {
  return db.user.findMany({
    where: { workspaceId },
    orderBy: { createdAt: 'asc' },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}
