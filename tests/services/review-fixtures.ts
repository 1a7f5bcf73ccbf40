import { newDefinition } from '../../lib/core/trigger/new-definition.ts';
import type { Db } from '../../lib/data/db.ts';
import { createTrigger } from '../../lib/data/triggers.ts';
import type { ServiceActor } from '../../lib/services/service-actor.ts';
import { submitVersion } from '../../lib/services/submit-version.ts';

export const definition = () => newDefinition('cart_abandonment', 'meta_custom_audience');

/** A trigger whose version 1 (by `author`) is already in review. */
export async function triggerInReview(db: Db, author: ServiceActor, name = 'Review me') {
  const { id } = await createTrigger(db, author, { name, definition: definition() });
  await submitVersion(db, author, { triggerId: id, version: 1 });
  return id;
}

export async function auditActions(db: Db, triggerId: string): Promise<string[]> {
  const rows = await db.auditLog.findMany({ where: { triggerId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => `${r.action}@v${r.version}`);
}

export function settle<T>(results: PromiseSettledResult<T>[]) {
  const ok = results.filter((r): r is PromiseFulfilledResult<T> => r.status === 'fulfilled').map((r) => r.value);
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as Error & { code?: string });
  return { ok, failed };
}
