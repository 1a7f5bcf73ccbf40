'use server';
import { z } from 'zod';
import { getAuth } from '../auth/auth.ts';
import { requireUser } from '../auth/session.ts';
import { ROLES } from '../core/workflow/roles.ts';
import { getDb } from '../data/db.ts';
import { AppError, toActionError, type ActionResult } from '../errors.ts';
import { addPerson, type PersonDto } from '../services/add-person.ts';
import { changePersonRole } from '../services/change-person-role.ts';
import { setWorkspaceSettings, type WorkspaceSettings } from '../services/set-workspace-settings.ts';

const addPersonSchema = z.object({
  email: z.string().trim().email('Enter an email address.'),
  name: z.string().trim().max(120, 'Keep the name under 120 characters.').default(''),
  password: z.string().min(8, 'Use at least 8 characters for the initial password.').max(200),
  role: z.enum(ROLES),
});

const changeRoleSchema = z.object({ userId: z.string().min(1).max(100), role: z.enum(ROLES) });
const settingsSchema = z.object({ allowSelfApproval: z.boolean() });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'Invalid input.');
  return parsed.data;
}

export async function addPersonAction(input: unknown): Promise<ActionResult<PersonDto>> {
  try {
    const user = await requireUser();
    const data = parse(addPersonSchema, input);
    const ctx = await (await getAuth()).$context;
    return { ok: true, data: await addPerson(await getDb(), user, data, (pw) => ctx.password.hash(pw)) };
  } catch (err) {
    return toActionError(err);
  }
}

export async function changePersonRoleAction(input: unknown): Promise<ActionResult<PersonDto>> {
  try {
    const user = await requireUser();
    return { ok: true, data: await changePersonRole(await getDb(), user, parse(changeRoleSchema, input)) };
  } catch (err) {
    return toActionError(err);
  }
}

export async function setWorkspaceSettingsAction(input: unknown): Promise<ActionResult<WorkspaceSettings>> {
  try {
    const user = await requireUser();
    return { ok: true, data: await setWorkspaceSettings(await getDb(), user, parse(settingsSchema, input)) };
  } catch (err) {
    return toActionError(err);
  }
}
