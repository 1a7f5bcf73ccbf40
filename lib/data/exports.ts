import type { Bundle } from '../core/bundle/bundle.ts';
import type { ExportInput } from '../core/export/export-types.ts';
import { definitionOfBundle, exportInputOf } from '../core/trigger/version-content.ts';
import { AppError } from '../errors.ts';
import { appendAudit } from './audit.ts';
import type { Db } from './db.ts';
import { createTrigger, getTrigger, getVersion } from './triggers.ts';

type Actor = { id: string; email: string; workspaceId: string };

/** What an export of one version needs, with who approved it when it is approved. */
export async function loadExportInput(db: Db, workspaceId: string, triggerId: string, version: number): Promise<ExportInput> {
  const trigger = await getTrigger(db, workspaceId, triggerId);
  const v = await getVersion(db, workspaceId, triggerId, version);
  let approval: { by: string; at: string } | undefined;
  if (v.status === 'approved' && v.decidedById && v.decidedAt) {
    const by = await db.user.findUnique({ where: { id: v.decidedById }, select: { email: true } });
    approval = { by: by?.email ?? v.decidedById, at: v.decidedAt };
  }
  return exportInputOf(trigger, v, approval);
}

export type ExportKind = 'journeys_webhook' | 'pipelines_action' | 'copy_all' | 'field' | 'bundle';

/** Copying an export as final is allowed for approved versions only, and is audited. */
export async function recordExport(db: Db, actor: Actor, triggerId: string, version: number, kind: ExportKind, field?: string) {
  const v = await getVersion(db, actor.workspaceId, triggerId, version);
  if (kind !== 'bundle' && v.status !== 'approved') {
    throw new AppError('INVALID_TRANSITION', `Version ${version} is ${v.status.replace('_', ' ')}: only an approved version can be copied to Customer.io as final.`);
  }
  await db.$transaction((tx) =>
    appendAudit(tx, actor, { action: kind === 'bundle' ? 'version.downloaded' : 'version.exported', triggerId, version, contentHash: v.contentHash, detail: { kind, ...(field ? { field } : {}) } }),
  );
  return v.contentHash;
}

/** A bundle from elsewhere becomes a new trigger whose version 1 has the same content (and hash). */
export async function importBundle(db: Db, actor: Actor, bundle: Bundle): Promise<{ id: string }> {
  const { id } = await createTrigger(db, actor, { name: bundle.trigger.name, definition: definitionOfBundle(bundle) });
  await db.$transaction((tx) =>
    appendAudit(tx, actor, {
      action: 'trigger.imported',
      triggerId: id,
      version: 1,
      contentHash: bundle.contentHash,
      detail: { sourceTriggerId: bundle.trigger.id, sourceVersion: bundle.version.number, sourceStatus: bundle.version.status },
    }),
  );
  return { id };
}
