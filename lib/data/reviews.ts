import type { Db } from './db.ts';
import type { Prisma } from './generated/client.ts';
import { toVersionDto, type VersionDto } from './triggers.ts';

/** Read side of the review workflow. Every query is scoped to one workspace. */

async function emailsOf(db: Db, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } });
  return new Map(users.map((u) => [u.id, u.email]));
}

export type QueueItem = {
  triggerId: string;
  triggerName: string;
  version: number;
  latestVersion: number;
  status: string;
  authorEmail: string;
  submittedAt: string | null;
  decidedAt: string | null;
  decidedByEmail: string | null;
  contentHash: string;
};

/** Versions waiting for a decision (oldest first), then the most recent decisions. */
export async function listReviewQueue(db: Db, workspaceId: string, recentLimit = 20): Promise<{ pending: QueueItem[]; recent: QueueItem[] }> {
  const include = { trigger: { select: { name: true, latestVersion: true } } } as const;
  const [pending, recent] = await Promise.all([
    db.triggerVersion.findMany({ where: { status: 'in_review', trigger: { workspaceId } }, orderBy: { submittedAt: 'asc' }, include }),
    db.triggerVersion.findMany({
      where: { status: { in: ['approved', 'changes_requested'] }, trigger: { workspaceId } },
      orderBy: { decidedAt: 'desc' },
      take: recentLimit,
      include,
    }),
  ]);
  const emails = await emailsOf(db, [...pending, ...recent].flatMap((v) => [v.authorId, v.decidedById]));
  const item = (v: (typeof pending)[number]): QueueItem => ({
    triggerId: v.triggerId,
    triggerName: v.trigger.name,
    version: v.version,
    latestVersion: v.trigger.latestVersion,
    status: v.status,
    authorEmail: emails.get(v.authorId) ?? '',
    submittedAt: v.submittedAt?.toISOString() ?? null,
    decidedAt: v.decidedAt?.toISOString() ?? null,
    decidedByEmail: v.decidedById ? (emails.get(v.decidedById) ?? null) : null,
    contentHash: v.contentHash,
  });
  return { pending: pending.map(item), recent: recent.map(item) };
}

export type ReviewCommentDto = {
  id: string;
  kind: string;
  target: 'template' | 'condition' | null;
  line: number | null;
  body: string;
  authorEmail: string;
  createdAt: string;
};

export async function listVersionComments(db: Db, workspaceId: string, triggerId: string, version: number): Promise<ReviewCommentDto[]> {
  const rows = await db.reviewComment.findMany({
    where: { version: { triggerId, version, trigger: { workspaceId } } },
    orderBy: { createdAt: 'asc' },
  });
  const emails = await emailsOf(db, rows.map((r) => r.authorId));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    target: r.target === 'template' || r.target === 'condition' ? r.target : null,
    line: r.line,
    body: r.body,
    authorEmail: emails.get(r.authorId) ?? '',
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The version reviewers compare against: the newest approved one before `beforeVersion`. */
export async function getLastApprovedVersion(db: Db, workspaceId: string, triggerId: string, beforeVersion?: number): Promise<VersionDto | null> {
  const row = await db.triggerVersion.findFirst({
    where: { triggerId, status: 'approved', trigger: { workspaceId }, ...(beforeVersion ? { version: { lt: beforeVersion } } : {}) },
    orderBy: { version: 'desc' },
  });
  if (!row) return null;
  return toVersionDto(row, (await emailsOf(db, [row.authorId])).get(row.authorId) ?? '');
}

export async function getWorkspacePolicy(db: Db, workspaceId: string): Promise<{ name: string; allowSelfApproval: boolean }> {
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true, allowSelfApproval: true } });
  return ws;
}

export type AuditEntryDto = {
  id: string;
  action: string;
  actorEmail: string;
  triggerId: string | null;
  triggerName: string | null;
  version: number | null;
  contentHash: string | null;
  detail: unknown;
  createdAt: string;
};

export type AuditFilter = { action?: string; actorEmail?: string; triggerId?: string; limit?: number };

export async function listAudit(db: Db, workspaceId: string, filter: AuditFilter = {}): Promise<AuditEntryDto[]> {
  const where: Prisma.AuditLogWhereInput = { workspaceId };
  if (filter.action) where.action = filter.action;
  if (filter.actorEmail) where.actorEmail = filter.actorEmail;
  if (filter.triggerId) where.triggerId = filter.triggerId;
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.min(filter.limit ?? 200, 1000),
    include: { trigger: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    actorEmail: r.actorEmail,
    triggerId: r.triggerId,
    triggerName: r.trigger?.name ?? null,
    version: r.version,
    contentHash: r.contentHash,
    detail: r.detail,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** One trigger's trail, for its history page. */
export function listTriggerAudit(db: Db, workspaceId: string, triggerId: string): Promise<AuditEntryDto[]> {
  return listAudit(db, workspaceId, { triggerId, limit: 500 });
}

/** Distinct values for the admin audit filters. */
export async function auditFilterOptions(db: Db, workspaceId: string) {
  const [actions, actors, triggers] = await Promise.all([
    db.auditLog.findMany({ where: { workspaceId }, distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
    db.auditLog.findMany({ where: { workspaceId }, distinct: ['actorEmail'], select: { actorEmail: true }, orderBy: { actorEmail: 'asc' } }),
    db.trigger.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { actions: actions.map((a) => a.action), actors: actors.map((a) => a.actorEmail), triggers };
}
