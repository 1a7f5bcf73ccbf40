import { transition } from '../core/workflow/version-workflow.ts';
import { appendAudit } from '../data/audit.ts';
import type { Db } from '../data/db.ts';
import { toVersionDto, type VersionDto } from '../data/triggers.ts';
import { AppError } from '../errors.ts';
import { assertNoBlockingErrors } from './blocking-errors.ts';
import type { ServiceActor } from './service-actor.ts';
import { alreadyMovedError, loadVersionInWorkspace, workflowContext } from './version-in-workspace.ts';

export type SubmitVersionInput = { triggerId: string; version: number };

/**
 * The author asks for review. Content is frozen already (versions are immutable); a later save
 * is a new draft version, so what reviewers approve is exactly what was submitted.
 */
export async function submitVersion(db: Db, actor: ServiceActor, input: SubmitVersionInput): Promise<VersionDto> {
  return db.$transaction(async (tx) => {
    const row = await loadVersionInWorkspace(tx, actor, input.triggerId, input.version);
    const step = transition('submit', workflowContext(actor, row));
    if (!step.ok) throw step.code === 'CONFLICT' ? await alreadyMovedError(tx, row.id) : new AppError(step.code, step.reason);
    assertNoBlockingErrors(toVersionDto(row, actor.email), row.version, 'submitted');
    const submittedAt = new Date();
    // Compare-and-set on the status: a racing submit or decision leaves this one with count 0.
    const moved = await tx.triggerVersion.updateMany({
      where: { id: row.id, status: step.from },
      data: { status: step.to, submittedAt, decidedAt: null, decidedById: null },
    });
    if (moved.count !== 1) throw await alreadyMovedError(tx, row.id);
    await appendAudit(tx, actor, {
      action: 'version.submitted',
      triggerId: row.triggerId,
      version: row.version,
      contentHash: row.contentHash,
      detail: { from: step.from, to: step.to },
    });
    const updated = await tx.triggerVersion.findUniqueOrThrow({ where: { id: row.id } });
    return toVersionDto(updated, actor.email);
  });
}
