import type { WorkflowContext } from '../core/workflow/version-workflow.ts';
import { isVersionStatus, STATUS_LABELS } from '../core/workflow/version-workflow.ts';
import type { Prisma } from '../data/generated/client.ts';
import { AppError } from '../errors.ts';
import type { ServiceActor } from './service-actor.ts';

/** Shared by the review use cases: load a version only through the actor's workspace. */
export async function loadVersionInWorkspace(tx: Prisma.TransactionClient, actor: ServiceActor, triggerId: string, version: number) {
  const row = await tx.triggerVersion.findFirst({
    where: { triggerId, version, trigger: { workspaceId: actor.workspaceId } },
    include: { trigger: { select: { latestVersion: true, workspace: { select: { allowSelfApproval: true } } } } },
  });
  // Same answer for "missing" and "another workspace's": never confirm that something exists.
  if (!row) throw new AppError('NOT_FOUND', `Version ${version} of this trigger does not exist or is not in your workspace.`);
  if (!isVersionStatus(row.status)) throw new Error(`Version ${row.id} has an unknown status ${row.status}`);
  return { ...row, status: row.status };
}

export type LoadedVersion = Awaited<ReturnType<typeof loadVersionInWorkspace>>;

export function workflowContext(actor: ServiceActor, row: LoadedVersion): WorkflowContext {
  return {
    actor: { id: actor.id, role: actor.role },
    version: { version: row.version, status: row.status, authorId: row.authorId, isLatest: row.version === row.trigger.latestVersion },
    policy: { allowSelfApproval: row.trigger.workspace.allowSelfApproval },
  };
}

export async function emailOf(tx: Prisma.TransactionClient, userId: string | null): Promise<string> {
  if (!userId) return 'someone';
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
  return user?.email ?? 'a removed user';
}

/** "Version 3 was already approved by rita@acme.test." — read fresh, after a lost race. */
export async function alreadyMovedError(tx: Prisma.TransactionClient, versionId: string): Promise<AppError> {
  const row = await tx.triggerVersion.findUniqueOrThrow({ where: { id: versionId } });
  const status = isVersionStatus(row.status) ? row.status : 'draft';
  const what = status === 'in_review' ? 'submitted for review' : STATUS_LABELS[status];
  const who = status === 'in_review' ? row.authorId : row.decidedById;
  const when = (status === 'in_review' ? row.submittedAt : row.decidedAt)?.toISOString().replace('T', ' ').slice(0, 16);
  return new AppError(
    'CONFLICT',
    `Version ${row.version} was already ${what} by ${await emailOf(tx, who)}${when ? ` at ${when} UTC` : ''}. Reload to see its current state.`,
    { status },
  );
}
