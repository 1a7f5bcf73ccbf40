'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '../auth/session.ts';
import { isDestinationId } from '../core/destinations/catalog.ts';
import { triggerDefinitionSchema, type TriggerDefinition } from '../core/trigger/definition.ts';
import { newDefinition } from '../core/trigger/new-definition.ts';
import { getUseCase, isUseCaseId } from '../core/use-cases/use-cases.ts';
import { can } from '../core/workflow/roles.ts';
import { getDb } from '../data/db.ts';
import { createTrigger, saveVersion, type VersionDto } from '../data/triggers.ts';
import { AppError, toActionError, type ActionResult } from '../errors.ts';
import { runAction } from './run-action.ts';

export type CreateTriggerState = { error?: string };

const createSchema = z.object({
  name: z.string().trim().min(1, 'Give the trigger a name.').max(120, 'Keep the name under 120 characters.'),
  useCase: z.string().refine(isUseCaseId, 'Pick a use case.'),
  destination: z.string().refine(isDestinationId, 'Pick a destination.'),
  withPair: z.enum(['on']).optional(),
});

export async function createTriggerAction(_prev: CreateTriggerState, form: FormData): Promise<CreateTriggerState> {
  let id: string;
  try {
    const user = await requireUser();
    if (!can(user.role, 'trigger:write')) throw new AppError('FORBIDDEN', 'Your role cannot create triggers.');
    const parsed = createSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { error: parsed.error.issues[0].message };
    const { name, useCase, destination, withPair } = parsed.data as { name: string; useCase: Parameters<typeof newDefinition>[0]; destination: Parameters<typeof newDefinition>[1]; withPair?: 'on' };
    const pairedUseCase = getUseCase(useCase)?.pairedUseCase;
    const pairedWith = withPair && pairedUseCase
      ? { name: `${name} — ${getUseCase(pairedUseCase)?.label ?? pairedUseCase}`, definition: newDefinition(pairedUseCase, destination) }
      : undefined;
    ({ id } = await createTrigger(await getDb(), user, { name, definition: newDefinition(useCase, destination), pairedWith }));
  } catch (err) {
    return { error: toActionError(err).error.message };
  }
  redirect(`/triggers/${id}`);
}

const saveSchema = z.object({
  triggerId: z.string().min(1).max(60),
  baseVersion: z.number().int().min(0),
  force: z.boolean(),
  definition: triggerDefinitionSchema,
});

export async function saveVersionAction(input: unknown): Promise<ActionResult<VersionDto>> {
  return runAction(saveSchema, input, (user, { definition, ...rest }, db) => {
    if (!can(user.role, 'trigger:write')) throw new AppError('FORBIDDEN', 'Your role cannot edit triggers.');
    return saveVersion(db, user, { ...rest, definition: definition as TriggerDefinition });
  });
}
