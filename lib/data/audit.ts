import type { Prisma } from './generated/client.ts';

export type AuditEntry = {
  action: string;
  triggerId?: string;
  version?: number;
  contentHash?: string;
  detail?: Record<string, unknown>;
};

/** The audit log is append-only: this is the only write to it anywhere in the app. */
export async function appendAudit(
  tx: Prisma.TransactionClient,
  actor: { id: string; email: string; workspaceId: string },
  entry: AuditEntry,
) {
  await tx.auditLog.create({
    data: {
      workspaceId: actor.workspaceId,
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      triggerId: entry.triggerId,
      version: entry.version,
      contentHash: entry.contentHash,
      detail: (entry.detail ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
