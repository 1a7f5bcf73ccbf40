import { AppError } from '../errors.ts';
import type { TriggerDefinition } from '../core/trigger/definition.ts';
import { definitionHash } from '../core/trigger/version-content.ts';
import { getDestination } from '../core/destinations/catalog.ts';
import type { Sample } from '../core/sample.ts';
import type { Db } from './db.ts';
import type { Prisma } from './generated/client.ts';
import { appendAudit } from './audit.ts';
import { settingsProblems } from '../core/trigger/secrets.ts';

type Actor = { id: string; email: string; workspaceId: string };

export type VersionDto = TriggerDefinition & {
  id: string;
  triggerId: string;
  version: number;
  status: string;
  schemaVersion: string;
  contentHash: string;
  authorId: string;
  authorEmail: string;
  createdAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedById: string | null;
};

const versionInclude = { trigger: { select: { workspaceId: true } } } as const;


function schemaVersionOf(destination: string): string {
  return getDestination(destination)?.schemaVersion ?? `${destination}@unknown`;
}

async function authorEmails(db: Db | Prisma.TransactionClient, ids: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}

type VersionRow = Prisma.TriggerVersionGetPayload<object>;

export function toVersionDto(row: VersionRow, authorEmail: string): VersionDto {
  const settings = (row.settings ?? {}) as TriggerDefinition['settings'];
  return {
    id: row.id,
    triggerId: row.triggerId,
    version: row.version,
    status: row.status,
    useCase: row.useCase,
    destination: row.destination,
    triggerKind: row.triggerKind as TriggerDefinition['triggerKind'],
    dialect: row.dialect as TriggerDefinition['dialect'],
    template: row.template,
    condition: row.condition,
    samples: row.samples as unknown as Sample[],
    settings: { url: settings.url ?? '', method: settings.method ?? 'POST', headers: settings.headers ?? [] },
    schemaVersion: row.schemaVersion,
    contentHash: row.contentHash,
    authorId: row.authorId,
    authorEmail,
    createdAt: row.createdAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedById: row.decidedById,
  };
}

/** Creates a trigger with version 1 (and, for paired use cases, its removal partner). */
export async function createTrigger(
  db: Db,
  actor: Actor,
  input: { name: string; definition: TriggerDefinition; pairedWith?: { name: string; definition: TriggerDefinition } },
): Promise<{ id: string; pairedId?: string }> {
  const secretProblems = settingsProblems(input.definition.settings);
  if (secretProblems.length) throw new AppError('INVALID_INPUT', `Not saved: ${secretProblems.join(' ')}`);
  return db.$transaction(async (tx) => {
    const create = async (name: string, def: TriggerDefinition) => {
      const trigger = await tx.trigger.create({
        data: { workspaceId: actor.workspaceId, name, useCase: def.useCase, destination: def.destination, createdById: actor.id, latestVersion: 1 },
      });
      const hash = definitionHash(def);
      await tx.triggerVersion.create({ data: versionData(trigger.id, 1, def, hash, actor.id) });
      await appendAudit(tx, actor, { action: 'trigger.created', triggerId: trigger.id, version: 1, contentHash: hash });
      return trigger.id;
    };
    const id = await create(input.name, input.definition);
    if (!input.pairedWith) return { id };
    const pairedId = await create(input.pairedWith.name, input.pairedWith.definition);
    await tx.trigger.update({ where: { id }, data: { pairedTriggerId: pairedId } });
    await tx.trigger.update({ where: { id: pairedId }, data: { pairedTriggerId: id } });
    return { id, pairedId };
  });
}

function versionData(triggerId: string, version: number, def: TriggerDefinition, hash: string, authorId: string) {
  return {
    triggerId,
    version,
    useCase: def.useCase,
    destination: def.destination,
    triggerKind: def.triggerKind,
    dialect: def.dialect,
    template: def.template,
    condition: def.condition,
    samples: def.samples as unknown as Prisma.InputJsonValue,
    settings: def.settings as unknown as Prisma.InputJsonValue,
    schemaVersion: schemaVersionOf(def.destination),
    contentHash: hash,
    authorId,
  };
}

/**
 * Every save is a new immutable version. `baseVersion` is the version the editor started from:
 * if someone saved in between, the save is refused with CONFLICT (nothing is overwritten), unless
 * the user chose to save on top anyway. The compare-and-set on latestVersion makes racing saves
 * from two tabs end as two versions or one version plus a clear conflict, never a lost write.
 */
export async function saveVersion(
  db: Db,
  actor: Actor,
  input: { triggerId: string; baseVersion: number; force: boolean; definition: TriggerDefinition },
): Promise<VersionDto> {
  const secretProblems = settingsProblems(input.definition.settings);
  if (secretProblems.length) throw new AppError('INVALID_INPUT', `Not saved: ${secretProblems.join(' ')}`);
  return db.$transaction(async (tx) => {
    const trigger = await tx.trigger.findFirst({ where: { id: input.triggerId, workspaceId: actor.workspaceId } });
    if (!trigger) throw new AppError('NOT_FOUND', 'This trigger does not exist or is not in your workspace.');
    if (!input.force && trigger.latestVersion !== input.baseVersion) {
      const latest = await tx.triggerVersion.findUnique({ where: { triggerId_version: { triggerId: trigger.id, version: trigger.latestVersion } } });
      const who = latest ? (await authorEmails(tx, [latest.authorId])).get(latest.authorId) : undefined;
      throw new AppError(
        'CONFLICT',
        `Version ${trigger.latestVersion} was saved${who ? ` by ${who}` : ''} after you opened version ${input.baseVersion}. ` +
          'Your edits are still in the editor: save them as a new version on top, or reload to see the latest.',
        { latestVersion: trigger.latestVersion },
      );
    }
    const next = trigger.latestVersion + 1;
    const claimed = await tx.trigger.updateMany({
      where: { id: trigger.id, latestVersion: trigger.latestVersion },
      data: { latestVersion: next, useCase: input.definition.useCase, destination: input.definition.destination },
    });
    if (claimed.count !== 1) {
      throw new AppError('CONFLICT', 'Another save of this trigger landed at the same moment. Your edits are still in the editor; save again.');
    }
    const hash = definitionHash(input.definition);
    const row = await tx.triggerVersion.create({ data: versionData(trigger.id, next, input.definition, hash, actor.id) });
    await appendAudit(tx, actor, { action: 'version.saved', triggerId: trigger.id, version: next, contentHash: hash });
    return toVersionDto(row, actor.email);
  });
}

export async function listTriggers(db: Db, workspaceId: string) {
  const triggers = await db.trigger.findMany({ where: { workspaceId }, orderBy: { createdAt: 'desc' } });
  const latest = await db.triggerVersion.findMany({
    where: { OR: triggers.map((t) => ({ triggerId: t.id, version: t.latestVersion })) },
  });
  const byTrigger = new Map(latest.map((v) => [v.triggerId, v]));
  const emails = await authorEmails(db, latest.map((v) => v.authorId));
  return triggers.map((t) => {
    const v = byTrigger.get(t.id);
    return {
      id: t.id,
      name: t.name,
      useCase: t.useCase,
      destination: t.destination,
      pairedTriggerId: t.pairedTriggerId,
      latestVersion: t.latestVersion,
      status: v?.status ?? 'draft',
      updatedAt: (v?.createdAt ?? t.createdAt).toISOString(),
      updatedBy: v ? (emails.get(v.authorId) ?? '') : '',
    };
  });
}

export async function getTrigger(db: Db, workspaceId: string, triggerId: string) {
  const trigger = await db.trigger.findFirst({ where: { id: triggerId, workspaceId } });
  if (!trigger) throw new AppError('NOT_FOUND', 'This trigger does not exist or is not in your workspace.');
  const versions = await db.triggerVersion.findMany({
    where: { triggerId },
    orderBy: { version: 'desc' },
    select: { version: true, status: true, createdAt: true, authorId: true, contentHash: true },
  });
  const emails = await authorEmails(db, versions.map((v) => v.authorId));
  const paired = trigger.pairedTriggerId
    ? await db.trigger.findFirst({ where: { id: trigger.pairedTriggerId, workspaceId }, select: { id: true, name: true, useCase: true } })
    : null;
  return {
    id: trigger.id,
    name: trigger.name,
    useCase: trigger.useCase,
    destination: trigger.destination,
    latestVersion: trigger.latestVersion,
    paired,
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString(), authorEmail: emails.get(v.authorId) ?? '' })),
  };
}

export async function getVersion(db: Db, workspaceId: string, triggerId: string, version: number): Promise<VersionDto> {
  const row = await db.triggerVersion.findFirst({
    where: { triggerId, version, trigger: { workspaceId } },
    include: versionInclude,
  });
  if (!row) throw new AppError('NOT_FOUND', `Version ${version} of this trigger does not exist or is not in your workspace.`);
  const emails = await authorEmails(db, [row.authorId]);
  return toVersionDto(row, emails.get(row.authorId) ?? '');
}
