'use server';
import { z } from 'zod';
import { getAuth } from '../auth/auth.ts';
import { ROLES } from '../core/workflow/roles.ts';
import type { ActionResult } from '../errors.ts';
import { runAction } from './run-action.ts';
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

export async function addPersonAction(input: unknown): Promise<ActionResult<PersonDto>> {
  return runAction(addPersonSchema, input, async (user, data, db) => {
    const ctx = await (await getAuth()).$context;
    return addPerson(db, user, data, (pw) => ctx.password.hash(pw));
  });
}

export async function changePersonRoleAction(input: unknown): Promise<ActionResult<PersonDto>> {
  return runAction(changeRoleSchema, input, (user, data, db) => changePersonRole(db, user, data));
}

export async function setWorkspaceSettingsAction(input: unknown): Promise<ActionResult<WorkspaceSettings>> {
  return runAction(settingsSchema, input, (user, data, db) => setWorkspaceSettings(db, user, data));
}
