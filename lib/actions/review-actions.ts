'use server';
import { z } from 'zod';
import { requireUser } from '../auth/session.ts';
import { getDb } from '../data/db.ts';
import type { VersionDto } from '../data/triggers.ts';
import { AppError, toActionError, type ActionResult } from '../errors.ts';
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

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid input.');
  return parsed.data;
}

/** The author asks for review of one version. */
export async function submitVersionAction(input: unknown): Promise<ActionResult<VersionDto>> {
  try {
    const user = await requireUser();
    return { ok: true, data: await submitVersion(await getDb(), user, parse(versionRefSchema, input)) };
  } catch (err) {
    return toActionError(err);
  }
}

/** A reviewer approves or requests changes; permission is checked again by the service. */
export async function decideVersionAction(input: unknown): Promise<ActionResult<VersionDto>> {
  try {
    const user = await requireUser();
    return { ok: true, data: await decideVersion(await getDb(), user, parse(decideSchema, input)) };
  } catch (err) {
    return toActionError(err);
  }
}

export async function addLineCommentAction(input: unknown): Promise<ActionResult<LineCommentDto>> {
  try {
    const user = await requireUser();
    return { ok: true, data: await addLineComment(await getDb(), user, parse(lineCommentSchema, input)) };
  } catch (err) {
    return toActionError(err);
  }
}
