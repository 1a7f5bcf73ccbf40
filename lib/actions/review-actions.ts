'use server';
import { z } from 'zod';
import type { VersionDto } from '../data/triggers.ts';
import type { ActionResult } from '../errors.ts';
import { runAction } from './run-action.ts';
import { addLineComment, type LineCommentDto } from '../services/add-line-comment.ts';
import { decideVersion } from '../services/decide-version.ts';
import { submitVersion } from '../services/submit-version.ts';

const versionRefSchema = z.object({
  triggerId: z.string().min(1).max(60),
  version: z.number().int().min(1),
});

const decideSchema = versionRefSchema.extend({
  decision: z.enum(['approve', 'request_changes']),
  comment: z.string().max(5000, 'Keep the comment under 5000 characters.').default(''),
});

const lineCommentSchema = versionRefSchema.extend({
  target: z.enum(['template', 'condition']),
  line: z.number().int().min(1, 'Pick a line number from 1 up.'),
  body: z.string().max(2000, 'Keep the comment under 2000 characters.'),
});

/** The author asks for review of one version. */
export async function submitVersionAction(input: unknown): Promise<ActionResult<VersionDto>> {
  return runAction(versionRefSchema, input, (user, data, db) => submitVersion(db, user, data));
}

/** A reviewer approves or requests changes; permission is checked by the service. */
export async function decideVersionAction(input: unknown): Promise<ActionResult<VersionDto>> {
  return runAction(decideSchema, input, (user, data, db) => decideVersion(db, user, data));
}

export async function addLineCommentAction(input: unknown): Promise<ActionResult<LineCommentDto>> {
  return runAction(lineCommentSchema, input, (user, data, db) => addLineComment(db, user, data));
}
