import { canChangeRole, isRole, type Role } from '../core/workflow/roles.ts';
import { appendAudit } from '../data/audit.ts';
import type { Db } from '../data/db.ts';
import { AppError } from '../errors.ts';
import type { PersonDto } from './add-person.ts';
import type { ServiceActor } from './service-actor.ts';

export type ChangePersonRoleInput = { userId: string; role: Role };

/** Admins change roles; nobody raises their own, and the workspace always keeps an admin. */
export async function changePersonRole(db: Db, actor: ServiceActor, input: ChangePersonRoleInput): Promise<PersonDto> {
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({ where: { id: input.userId, workspaceId: actor.workspaceId } });
    if (!target) throw new AppError('NOT_FOUND', 'No such person in your workspace.');
    const from: Role = isRole(target.role) ? target.role : 'marketer';
    if (!canChangeRole(actor, { id: target.id, role: from }, input.role)) {
      throw new AppError('FORBIDDEN', actor.id === target.id ? 'You cannot raise your own role.' : 'Only admins can change roles.');
    }
    if (from === 'admin' && input.role !== 'admin') {
      const admins = await tx.user.count({ where: { workspaceId: actor.workspaceId, role: 'admin' } });
      if (admins <= 1) throw new AppError('FORBIDDEN', `${target.email} is the only admin; make someone else admin first.`);
    }
    const moved = await tx.user.updateMany({ where: { id: target.id, role: target.role }, data: { role: input.role } });
    if (moved.count !== 1) throw new AppError('CONFLICT', `The role of ${target.email} was changed by someone else just now. Reload and try again.`);
    await appendAudit(tx, actor, { action: 'person.role_changed', detail: { userId: target.id, email: target.email, from, to: input.role } });
    return { id: target.id, email: target.email, name: target.name, role: input.role };
  });
}
