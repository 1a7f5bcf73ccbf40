import { can } from '../core/workflow/roles.ts';
import { appendAudit } from '../data/audit.ts';
import type { Db } from '../data/db.ts';
import { AppError } from '../errors.ts';
import type { ServiceActor } from './service-actor.ts';
import { loadVersionInWorkspace } from './version-in-workspace.ts';

export type CommentTarget = 'template' | 'condition';
export type AddLineCommentInput = { triggerId: string; version: number; target: CommentTarget; line: number; body: string };
export type LineCommentDto = { id: string; versionId: string; target: CommentTarget; line: number; body: string; authorEmail: string; createdAt: string };

export const LINE_COMMENT_MAX_CHARS = 2000;

/**
 * A reviewer pins a note to one line of the template or condition of a version. The note does
 * not change the (immutable) version; the designer shows it on that line.
 */
export async function addLineComment(db: Db, actor: ServiceActor, input: AddLineCommentInput): Promise<LineCommentDto> {
  if (!can(actor.role, 'trigger:review')) throw new AppError('FORBIDDEN', 'Only reviewers and admins can comment on lines.');
  const body = input.body.trim();
  if (!body) throw new AppError('INVALID_INPUT', 'Write the comment first.');
  if (body.length > LINE_COMMENT_MAX_CHARS) throw new AppError('INVALID_INPUT', `Keep the comment under ${LINE_COMMENT_MAX_CHARS} characters.`);
  return db.$transaction(async (tx) => {
    const row = await loadVersionInWorkspace(tx, actor, input.triggerId, input.version);
    const lineCount = row[input.target].split('\n').length;
    if (!Number.isInteger(input.line) || input.line < 1 || input.line > lineCount) {
      throw new AppError('INVALID_INPUT', `The ${input.target} of version ${row.version} has lines 1 to ${lineCount}; line ${input.line} does not exist.`);
    }
    const created = await tx.reviewComment.create({
      data: { versionId: row.id, authorId: actor.id, body, kind: 'comment', target: input.target, line: input.line },
    });
    await appendAudit(tx, actor, {
      action: 'comment.added',
      triggerId: row.triggerId,
      version: row.version,
      contentHash: row.contentHash,
      detail: { target: input.target, line: input.line },
    });
    return { id: created.id, versionId: row.id, target: input.target, line: input.line, body, authorEmail: actor.email, createdAt: created.createdAt.toISOString() };
  });
}
