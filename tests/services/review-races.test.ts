import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/data/db.ts';
import { getTrigger, getVersion, saveVersion } from '../../lib/data/triggers.ts';
import { AppError } from '../../lib/errors.ts';
import { decideVersion } from '../../lib/services/decide-version.ts';
import { submitVersion } from '../../lib/services/submit-version.ts';
import { seedWorkspace, TEST_DATABASES } from '../helpers/databases.ts';
import { auditActions, definition, settle, triggerInReview } from './review-fixtures.ts';

describe.each(TEST_DATABASES)('review races on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;

  beforeAll(async () => {
    ({ db, close } = await open());
    ws = await seedWorkspace(db, 'race');
  });
  afterAll(async () => close?.());

  it('two reviewers deciding at once: exactly one outcome, a clear CONFLICT for the other', async () => {
    const id = await triggerInReview(db, ws.marketer);
    const results = await Promise.allSettled([
      decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'approve', comment: 'Ship it' }),
      decideVersion(db, ws.admin, { triggerId: id, version: 1, decision: 'request_changes', comment: 'Not yet' }),
    ]);
    const { ok, failed } = settle(results);
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toBeInstanceOf(AppError);
    expect(failed[0].code).toBe('CONFLICT');
    const winner = ok[0];
    const winnerEmail = winner.decidedById === ws.reviewer.id ? ws.reviewer.email : ws.admin.email;
    const label = winner.status === 'approved' ? 'approved' : 'changes requested';
    expect(failed[0].message).toContain(`Version 1 was already ${label} by ${winnerEmail}`);

    const stored = await getVersion(db, ws.workspace.id, id, 1);
    expect(stored.status).toBe(winner.status);
    expect(stored.decidedById).toBe(winner.decidedById);
    // Exactly one decision comment and one decision audit entry: the loser left no trace.
    expect(await db.reviewComment.count({ where: { versionId: stored.id } })).toBe(1);
    const decisions = (await auditActions(db, id)).filter((a) => a.startsWith('version.approved') || a.startsWith('version.changes_requested'));
    expect(decisions).toHaveLength(1);
  });

  it('two reviewers both approving at once: one approval, one CONFLICT naming the first', async () => {
    const id = await triggerInReview(db, ws.marketer);
    const { ok, failed } = settle(
      await Promise.allSettled([
        decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'approve', comment: '' }),
        decideVersion(db, ws.admin, { triggerId: id, version: 1, decision: 'approve', comment: '' }),
      ]),
    );
    expect(ok).toHaveLength(1);
    expect(failed.map((f) => f.code)).toEqual(['CONFLICT']);
    expect(failed[0].message).toMatch(/was already approved by (reviewer|admin)-race/);
    expect((await auditActions(db, id)).filter((a) => a.startsWith('version.approved'))).toHaveLength(1);
  });

  it('author saves a new version while a reviewer approves the old one: both land, nothing is lost or overwritten', async () => {
    const id = await triggerInReview(db, ws.marketer);
    const before = await getVersion(db, ws.workspace.id, id, 1);
    const edited = { ...definition(), condition: 'type = "track" and event = "Checkout Updated"' };
    const results = await Promise.allSettled([
      saveVersion(db, ws.marketer, { triggerId: id, baseVersion: 1, force: false, definition: edited }),
      decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'approve', comment: '' }),
    ]);
    const { ok, failed } = settle(results);
    // Different rows, different compare-and-sets: both are separate outcomes. A failure would have to be a clear CONFLICT.
    for (const f of failed) expect(f.code).toBe('CONFLICT');
    expect(ok).toHaveLength(2);

    const v1 = await getVersion(db, ws.workspace.id, id, 1);
    expect(v1).toMatchObject({ status: 'approved', template: before.template, condition: before.condition, contentHash: before.contentHash });
    const v2 = await getVersion(db, ws.workspace.id, id, 2);
    expect(v2).toMatchObject({ status: 'draft', condition: edited.condition });
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect((await getTrigger(db, ws.workspace.id, id)).latestVersion).toBe(2);
  });

  it('a double-clicked submit ends as one submission plus a CONFLICT', async () => {
    const { createTrigger } = await import('../../lib/data/triggers.ts');
    const { id } = await createTrigger(db, ws.marketer, { name: 'Double submit', definition: definition() });
    const { ok, failed } = settle(
      await Promise.allSettled([submitVersion(db, ws.marketer, { triggerId: id, version: 1 }), submitVersion(db, ws.marketer, { triggerId: id, version: 1 })]),
    );
    expect(ok).toHaveLength(1);
    expect(failed.map((f) => f.code)).toEqual(['CONFLICT']);
    expect(failed[0].message).toContain(`already submitted for review by ${ws.marketer.email}`);
    expect((await auditActions(db, id)).filter((a) => a.startsWith('version.submitted'))).toHaveLength(1);
  });

  it('five reviewers racing on one version: one wins, four CONFLICTs', async () => {
    const id = await triggerInReview(db, ws.marketer);
    const reviewers = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        const u = await db.user.create({ data: { id: `rv-${n}-${Date.now()}`, name: `r${n}`, email: `r${n}-${Date.now()}@example.com`, role: 'reviewer', workspaceId: ws.workspace.id } });
        return { id: u.id, email: u.email, role: 'reviewer' as const, workspaceId: ws.workspace.id };
      }),
    );
    const { ok, failed } = settle(
      await Promise.allSettled(
        reviewers.map((r, i) => decideVersion(db, r, { triggerId: id, version: 1, decision: i % 2 ? 'approve' : 'request_changes', comment: `from ${r.email}` })),
      ),
    );
    expect(ok).toHaveLength(1);
    expect(failed.map((f) => f.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    const stored = await getVersion(db, ws.workspace.id, id, 1);
    expect(stored.decidedById).toBe(ok[0].decidedById);
    expect(await db.reviewComment.count({ where: { versionId: stored.id } })).toBe(1);
  });
});
