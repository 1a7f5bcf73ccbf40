import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/data/db.ts';
import { getVersion } from '../../lib/data/triggers.ts';
import { createTrigger } from '../../lib/data/triggers.ts';
import { listVersionComments } from '../../lib/data/reviews.ts';
import { addLineComment } from '../../lib/services/add-line-comment.ts';
import { decideVersion } from '../../lib/services/decide-version.ts';
import { setWorkspaceSettings } from '../../lib/services/set-workspace-settings.ts';
import { submitVersion } from '../../lib/services/submit-version.ts';
import { seedWorkspace, TEST_DATABASES } from '../helpers/databases.ts';
import { auditActions, definition, triggerInReview } from './review-fixtures.ts';

describe.each(TEST_DATABASES)('review authorisation on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  let other: Awaited<ReturnType<typeof seedWorkspace>>;

  beforeAll(async () => {
    ({ db, close } = await open());
    ws = await seedWorkspace(db, 'main');
    other = await seedWorkspace(db, 'other');
  });
  afterAll(async () => close?.());

  it('submits a draft, records who/what/version/hash in the audit log', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Submit', definition: definition() });
    const v = await submitVersion(db, ws.marketer, { triggerId: id, version: 1 });
    expect(v.status).toBe('in_review');
    expect(v.submittedAt).not.toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { triggerId: id, action: 'version.submitted' } });
    expect(entry).toMatchObject({ actorId: ws.marketer.id, actorEmail: ws.marketer.email, version: 1, contentHash: v.contentHash });
  });

  it('refuses a marketer calling approve, and leaves the version in review', async () => {
    const id = await triggerInReview(db, ws.admin);
    await expect(decideVersion(db, ws.marketer, { triggerId: id, version: 1, decision: 'approve', comment: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(decideVersion(db, ws.marketer, { triggerId: id, version: 1, decision: 'request_changes', comment: 'no' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getVersion(db, ws.workspace.id, id, 1)).status).toBe('in_review');
    expect(await auditActions(db, id)).toEqual(['trigger.created@v1', 'version.submitted@v1']);
  });

  it('refuses a reviewer approving their own version unless the workspace allows it', async () => {
    const id = await triggerInReview(db, ws.reviewer);
    const approveOwn = () => decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'approve', comment: '' });
    await expect(approveOwn()).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/own version/) });
    await setWorkspaceSettings(db, ws.admin, { allowSelfApproval: true });
    try {
      const approved = await approveOwn();
      expect(approved).toMatchObject({ status: 'approved', decidedById: ws.reviewer.id });
    } finally {
      await setWorkspaceSettings(db, ws.admin, { allowSelfApproval: false });
    }
  });

  it('answers NOT_FOUND to a user of another workspace, for every use case', async () => {
    const id = await triggerInReview(db, ws.marketer);
    const ref = { triggerId: id, version: 1 };
    await expect(decideVersion(db, other.reviewer, { ...ref, decision: 'approve', comment: '' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(decideVersion(db, other.admin, { ...ref, decision: 'request_changes', comment: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(submitVersion(db, other.marketer, ref)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addLineComment(db, other.reviewer, { ...ref, target: 'template', line: 1, body: 'hi' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getVersion(db, ws.workspace.id, id, 1)).status).toBe('in_review');
  });

  it('refuses approving a version that was never submitted with INVALID_TRANSITION', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Draft', definition: definition() });
    await expect(decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'approve', comment: '' })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: 'Version 1 has not been submitted for review yet.',
    });
    expect((await getVersion(db, ws.workspace.id, id, 1)).status).toBe('draft');
  });

  it('only lets the author submit, and requires a comment to request changes', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Author only', definition: definition() });
    await expect(submitVersion(db, ws.reviewer, { triggerId: id, version: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await submitVersion(db, ws.marketer, { triggerId: id, version: 1 });
    await expect(decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'request_changes', comment: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const v = await decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'request_changes', comment: 'Hash the email.' });
    expect(v.status).toBe('changes_requested');
    const comments = await listVersionComments(db, ws.workspace.id, id, 1);
    expect(comments).toEqual([expect.objectContaining({ kind: 'request_changes', body: 'Hash the email.', authorEmail: ws.reviewer.email })]);
    expect(await auditActions(db, id)).toEqual(['trigger.created@v1', 'version.submitted@v1', 'version.changes_requested@v1']);
  });

  it('never changes an approved version again', async () => {
    const id = await triggerInReview(db, ws.marketer);
    const approved = await decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'approve', comment: 'LGTM' });
    await expect(submitVersion(db, ws.marketer, { triggerId: id, version: 1 })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(decideVersion(db, ws.admin, { triggerId: id, version: 1, decision: 'request_changes', comment: 'wait' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`Version 1 was already approved by ${ws.reviewer.email}`),
    });
    const after = await getVersion(db, ws.workspace.id, id, 1);
    expect(after).toMatchObject({ status: 'approved', contentHash: approved.contentHash, decidedById: ws.reviewer.id, decidedAt: approved.decidedAt });
  });

  it('pins line comments to existing lines only, for reviewers only', async () => {
    const id = await triggerInReview(db, ws.marketer);
    const lines = definition().template.split('\n').length;
    const ref = { triggerId: id, version: 1, target: 'template' as const };
    await expect(addLineComment(db, ws.marketer, { ...ref, line: 1, body: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(addLineComment(db, ws.reviewer, { ...ref, line: lines + 1, body: 'x' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining(`lines 1 to ${lines}`),
    });
    await expect(addLineComment(db, ws.reviewer, { ...ref, line: 2, body: '  ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const c = await addLineComment(db, ws.reviewer, { ...ref, line: 2, body: 'Why this key?' });
    expect(c).toMatchObject({ target: 'template', line: 2, authorEmail: ws.reviewer.email });
    expect((await listVersionComments(db, ws.workspace.id, id, 1)).map((x) => [x.target, x.line, x.body])).toEqual([['template', 2, 'Why this key?']]);
    expect(await auditActions(db, id)).toContain('comment.added@v1');
  });
});
