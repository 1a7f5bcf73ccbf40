import { can } from '../core/workflow/roles.ts';
import { appendAudit } from '../data/audit.ts';
import type { Db } from '../data/db.ts';
import { AppError } from '../errors.ts';
import type { ServiceActor } from './service-actor.ts';

export type WorkspaceSettings = { allowSelfApproval: boolean };

/** Workspace review policy (today: whether reviewers may approve their own versions). */
export async function setWorkspaceSettings(db: Db, actor: ServiceActor, input: WorkspaceSettings): Promise<WorkspaceSettings> {
  if (!can(actor.role, 'settings:manage')) throw new AppError('FORBIDDEN', 'Only admins can change workspace settings.');
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
    const after = await tx.workspace.update({ where: { id: actor.workspaceId }, data: { allowSelfApproval: input.allowSelfApproval } });
    await appendAudit(tx, actor, {
      action: 'workspace.settings_changed',
      detail: { allowSelfApproval: { from: before.allowSelfApproval, to: after.allowSelfApproval } },
    });
    return { allowSelfApproval: after.allowSelfApproval };
  });
}
