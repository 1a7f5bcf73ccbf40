'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '../auth/session.ts';
import { parseBundle } from '../core/bundle/bundle.ts';
import { describeZodError, triggerDefinitionSchema } from '../core/trigger/definition.ts';
import { definitionOfBundle } from '../core/trigger/version-content.ts';
import { can } from '../core/workflow/roles.ts';
import { getDb } from '../data/db.ts';
import { importBundle, recordExport } from '../data/exports.ts';
import { AppError, toActionError, type ActionResult } from '../errors.ts';
import { runAction } from './run-action.ts';

const exportSchema = z.object({
  triggerId: z.string().min(1).max(60),
  version: z.number().int().min(1),
  kind: z.enum(['journeys_webhook', 'pipelines_action', 'copy_all', 'field']),
  field: z.string().max(80).optional(),
});

/** Called by every copy button: refuses unapproved versions and writes the audit log. */
export async function recordExportAction(input: unknown): Promise<ActionResult<{ contentHash: string }>> {
  return runAction(exportSchema, input, async (user, { triggerId, version, kind, field }, db) => ({
    contentHash: await recordExport(db, user, triggerId, version, kind, field),
  }));
}

export type ImportState = { error?: string };

export async function importBundleAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  let id: string;
  try {
    const user = await requireUser();
    if (!can(user.role, 'trigger:write')) throw new AppError('FORBIDDEN', 'Your role cannot create triggers.');
    const file = form.get('file');
    const text = file instanceof File && file.size > 0 ? await file.text() : String(form.get('text') ?? '');
    if (!text.trim()) return { error: 'Choose a bundle file or paste its JSON.' };
    const parsed = parseBundle(text);
    if ('diagnostics' in parsed) {
      return { error: parsed.diagnostics.map((d) => (d.range ? `line ${d.range.startLine}, column ${d.range.startColumn}: ${d.message}` : d.message)).join(' ') };
    }
    const b = parsed.bundle;
    const check = triggerDefinitionSchema.safeParse(definitionOfBundle(b));
    if (!check.success) return { error: `The bundle cannot be imported: ${describeZodError(check.error)}` };
    ({ id } = await importBundle(await getDb(), user, b));
  } catch (err) {
    return { error: toActionError(err).error.message };
  }
  redirect(`/triggers/${id}`);
}
