import type { z } from 'zod';
import { requireUser, type CurrentUser } from '../auth/session.ts';
import { describeZodError } from '../core/trigger/definition.ts';
import { getDb, type Db } from '../data/db.ts';
import { AppError, toActionError, type ActionResult } from '../errors.ts';

/**
 * The one shape of every mutating server action: a signed-in user (checked on the server), input
 * validated with zod, the use case, and any failure turned into a message the UI can show.
 * Permission checks live in the use cases themselves.
 */
export async function runAction<I, O>(
  schema: z.ZodType<I>,
  input: unknown,
  run: (user: CurrentUser, data: I, db: Db) => Promise<O>,
): Promise<ActionResult<O>> {
  try {
    const user = await requireUser();
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw new AppError('INVALID_INPUT', describeZodError(parsed.error));
    return { ok: true, data: await run(user, parsed.data, await getDb()) };
  } catch (err) {
    return toActionError(err);
  }
}
