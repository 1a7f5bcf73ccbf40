import { transition } from '../core/workflow/version-workflow.ts';
import { appendAudit } from '../data/audit.ts';
import type { Db } from '../data/db.ts';
import { toVersionDto, type VersionDto } from '../data/triggers.ts';
import { AppError } from '../errors.ts';
import { assertNoBlockingErrors } from './blocking-errors.ts';
import type { ServiceActor } from './service-actor.ts';
import { alreadyMovedError, emailOf, loadVersionInWorkspace, workflowContext } from './version-in-workspace.ts';

export type Decision = 'approve' | 'request_changes';
export type DecideVersionInput = { triggerId: string; version: number; decision: Decision; comment: string };

export const COMMENT_MAX_CHARS = 5000;

function checkComment(decision: Decision, comment: string): string {
  const text = comment.trim();
  if (decision === 'request_changes' && !text) throw new AppError('INVALID_INPUT', 'Say what needs to change: a comment is required when requesting changes.');
  if (text.length > COMMENT_MAX_CHARS) throw new AppError('INVALID_INPUT', `Keep the comment under ${COMMENT_MAX_CHARS} characters.`);
  return text;
}

/**
 * A reviewer approves or requests changes on a version in review. Concurrent decisions end with
 * exactly one outcome: the status compare-and-set lets one through and the other gets CONFLICT
 * naming who decided first.
 */
export async function decideVersion(db: Db, actor: ServiceActor, input: DecideVersionInput): Promise<VersionDto> {
  const comment = checkComment(input.decision, input.comment);
  return db.$transaction(async (tx) => {
    const row = await loadVersionInWorkspace(tx, actor, input.triggerId, input.version);
    const step = transition(input.decision, workflowContext(actor, row));
    if (!step.ok) throw step.code === 'CONFLICT' ? await alreadyMovedError(tx, row.id) : new AppError(step.code, step.reason);
    if (input.decision === 'approve') assertNoBlockingErrors(toVersionDto(row, actor.email), row.version, 'approved');
    const decidedAt = new Date();
    const moved = await tx.triggerVersion.updateMany({
      where: { id: row.id, status: step.from },
      data: { status: step.to, decidedAt, decidedById: actor.id },
    });
    if (moved.count !== 1) throw await alreadyMovedError(tx, row.id);
    if (comment) await tx.reviewComment.create({ data: { versionId: row.id, authorId: actor.id, body: comment, kind: input.decision } });
    await appendAudit(tx, actor, {
      action: input.decision === 'approve' ? 'version.approved' : 'version.changes_requested',
      triggerId: row.triggerId,
      version: row.version,
      contentHash: row.contentHash,
      detail: { from: step.from, to: step.to, ...(comment ? { comment } : {}) },
    });
    const updated = await tx.triggerVersion.findUniqueOrThrow({ where: { id: row.id } });
    return toVersionDto(updated, await emailOf(tx, updated.authorId));
  });
}
