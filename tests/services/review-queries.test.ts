import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/data/db.ts';
import { getLastApprovedVersion, listAudit, listReviewQueue, listTriggerAudit } from '../../lib/data/reviews.ts';
import { saveVersion } from '../../lib/data/triggers.ts';
import { decideVersion } from '../../lib/services/decide-version.ts';
import { submitVersion } from '../../lib/services/submit-version.ts';
import { seedWorkspace, TEST_DATABASES } from '../helpers/databases.ts';
import { definition, triggerInReview } from './review-fixtures.ts';

describe.each(TEST_DATABASES)('review queries on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  let other: Awaited<ReturnType<typeof seedWorkspace>>;

  beforeAll(async () => {
    ({ db, close } = await open());
    ws = await seedWorkspace(db, 'q');
    other = await seedWorkspace(db, 'q-other');
  });
  afterAll(async () => close?.());

  it('compares against the newest approved version before the one under review', async () => {
    const id = await triggerInReview(db, ws.marketer, 'Baseline');
    expect(await getLastApprovedVersion(db, ws.workspace.id, id, 1)).toBeNull();
    await decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'approve', comment: '' });
    const v2 = await saveVersion(db, ws.marketer, { triggerId: id, baseVersion: 1, force: false, definition: { ...definition(), condition: 'event = "A"' } });
    await submitVersion(db, ws.marketer, { triggerId: id, version: v2.version });
    await decideVersion(db, ws.reviewer, { triggerId: id, version: 2, decision: 'request_changes', comment: 'no' });
    await saveVersion(db, ws.marketer, { triggerId: id, baseVersion: 2, force: false, definition: { ...definition(), condition: 'event = "B"' } });
    expect((await getLastApprovedVersion(db, ws.workspace.id, id, 3))?.version).toBe(1);
    expect((await getLastApprovedVersion(db, ws.workspace.id, id, 1))).toBeNull();
    expect(await getLastApprovedVersion(db, other.workspace.id, id, 3)).toBeNull();
  });

  it('queues versions in review oldest first, lists recent decisions, and stays inside the workspace', async () => {
    const a = await triggerInReview(db, ws.marketer, 'Queue A');
    const b = await triggerInReview(db, ws.marketer, 'Queue B');
    await triggerInReview(db, other.marketer, 'Other queue');
    await decideVersion(db, ws.reviewer, { triggerId: b, version: 1, decision: 'approve', comment: '' });
    const { pending, recent } = await listReviewQueue(db, ws.workspace.id);
    expect(pending.map((q) => q.triggerName)).toContain('Queue A');
    expect(pending.map((q) => q.triggerName)).not.toContain('Queue B');
    expect(pending.map((q) => q.triggerName)).not.toContain('Other queue');
    expect(pending.find((q) => q.triggerId === a)).toMatchObject({ version: 1, status: 'in_review', authorEmail: ws.marketer.email });
    expect(recent[0]).toMatchObject({ triggerId: b, status: 'approved', decidedByEmail: ws.reviewer.email });
    const submitted = pending.map((q) => q.submittedAt!);
    expect([...submitted].sort()).toEqual(submitted);
  });

  it('filters the audit log by action, actor and trigger, newest first, per workspace', async () => {
    const id = await triggerInReview(db, ws.marketer, 'Audited');
    await decideVersion(db, ws.admin, { triggerId: id, version: 1, decision: 'request_changes', comment: 'Fix the key' });
    const trail = await listTriggerAudit(db, ws.workspace.id, id);
    expect(trail.map((e) => e.action)).toEqual(['version.changes_requested', 'version.submitted', 'trigger.created']);
    expect(trail[0]).toMatchObject({ actorEmail: ws.admin.email, version: 1, triggerName: 'Audited', detail: { comment: 'Fix the key' } });
    expect(trail[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    const byActor = await listAudit(db, ws.workspace.id, { actorEmail: ws.admin.email, triggerId: id });
    expect(byActor.map((e) => e.action)).toEqual(['version.changes_requested']);
    expect(await listTriggerAudit(db, other.workspace.id, id)).toEqual([]);
  });
});
