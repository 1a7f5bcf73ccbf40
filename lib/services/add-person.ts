import { can, type Role } from '../core/workflow/roles.ts';
import { appendAudit } from '../data/audit.ts';
import type { Db } from '../data/db.ts';
import { insertCredentialUser } from '../data/people.ts';
import { AppError } from '../errors.ts';
import type { ServiceActor } from './service-actor.ts';

export type AddPersonInput = { email: string; name: string; password: string; role: Role };
export type PersonDto = { id: string; email: string; name: string; role: Role };
/** better-auth's own hasher (`(await auth.$context).password.hash`), injected so tests need no server. */
export type HashPassword = (password: string) => Promise<string>;

export const MIN_PASSWORD_CHARS = 8;

/**
 * An admin adds someone to their workspace with an initial password. The user and credential
 * rows are the ones better-auth's sign-up writes, created with the audit entry in one
 * transaction so a half-made account cannot exist.
 */
export async function addPerson(db: Db, actor: ServiceActor, input: AddPersonInput, hashPassword: HashPassword): Promise<PersonDto> {
  if (!can(actor.role, 'people:manage')) throw new AppError('FORBIDDEN', 'Only admins can add people.');
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim() || email;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError('INVALID_INPUT', `"${input.email}" is not an email address.`);
  if (input.password.length < MIN_PASSWORD_CHARS) throw new AppError('INVALID_INPUT', `Use at least ${MIN_PASSWORD_CHARS} characters for the initial password.`);
  const hash = await hashPassword(input.password);
  const taken = () => new AppError('CONFLICT', `Someone with the email ${email} already exists.`);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) throw taken();
    const { id } = await insertCredentialUser(tx, { email, name, role: input.role, workspaceId: actor.workspaceId }, hash);
    await appendAudit(tx, actor, { action: 'person.added', detail: { userId: id, email, role: input.role } });
    return { id, email, name, role: input.role };
  }).catch((err: unknown) => {
    // Two admins adding the same email at once: the unique index decides, the loser hears why.
    if ((err as { code?: string }).code === 'P2002') throw taken();
    throw err;
  });
}
