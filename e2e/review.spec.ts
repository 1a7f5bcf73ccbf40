import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { ADMIN, createTrigger, editorText, setEditorText, signIn } from './helpers';
import { addPerson, newSignedInPage } from './people';

/** A trigger of another workspace, written straight into the postgres project's database (the UI only ever makes one workspace). */
async function insertForeignTrigger(baseURL: string): Promise<string> {
  const url = new URL(process.env.TEST_DATABASE_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/trigger_studio_e2e_${new URL(baseURL).port}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const s = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  try {
    await client.query(`INSERT INTO "Workspace"(id, name) VALUES ($1, 'Foreign')`, [`ws-${s}`]);
    await client.query(`INSERT INTO "user"(id, name, email, role, "workspaceId", "updatedAt") VALUES ($1, 'F', $2, 'admin', $3, now())`, [`u-${s}`, `f-${s}@foreign.test`, `ws-${s}`]);
    await client.query(`INSERT INTO "Trigger"(id, "workspaceId", name, "useCase", destination, "createdById", "latestVersion") VALUES ($1, $2, 'Foreign', 'warehouse_journey_log', 'webhook', $3, 1)`, [`t-${s}`, `ws-${s}`, `u-${s}`]);
    await client.query(
      `INSERT INTO "TriggerVersion"(id, "triggerId", version, "useCase", destination, "triggerKind", template, condition, samples, settings, "schemaVersion", "contentHash", "authorId", status)
       VALUES ($1, $2, 1, 'warehouse_journey_log', 'webhook', 'event', '{}', 'event = "x"', '[]', '{}', 'webhook@1', $3, $4, 'in_review')`,
      [`v-${s}`, `t-${s}`, '0'.repeat(64), `u-${s}`],
    );
  } finally {
    await client.end();
  }
  return `t-${s}`;
}

const statusOf = (page: Page) => page.getByTestId('review-page').locator('header [data-testid="status-badge"]');

test.describe('reviewer approval workflow', () => {
  test('admin adds people; marketer submits; reviewer requests changes on a line; marketer fixes; reviewer approves', async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const marketer = { email: `mia-${stamp}@e2e.test`, password: 'marketer-pass-1', name: 'Mia Marketer', role: 'marketer' };
    const reviewer = { email: `rex-${stamp}@e2e.test`, password: 'reviewer-pass-1', name: 'Rex Reviewer', role: 'reviewer' };
    const triggerName = `Journey log ${stamp}`;

    const admin = await newSignedInPage(browser, baseURL, ADMIN);
    await addPerson(admin, marketer);
    await addPerson(admin, reviewer);

    // Marketer creates a trigger and submits version 1.
    const mia = await newSignedInPage(browser, baseURL, marketer);
    await createTrigger(mia, { name: triggerName, useCase: 'Warehouse journey log', destination: 'warehouse_events' });
    const triggerUrl = mia.url();
    const triggerId = new URL(triggerUrl).pathname.split('/')[2];
    await mia.goto(`/triggers/${triggerId}/versions/1/review`);
    await expect(statusOf(mia)).toHaveAttribute('data-status', 'draft');
    await mia.getByTestId('submit-for-review').click();
    await expect(statusOf(mia)).toHaveAttribute('data-status', 'in_review');
    await expect(mia.getByTestId('submit-for-review')).toHaveCount(0);
    // The marketer has no decision controls, and the server refuses the decision anyway.
    await expect(mia.getByTestId('decision-form')).toHaveCount(0);
    await expect(mia.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    const refused = await mia.request.post(`/api/triggers/${triggerId}/versions/1`, { data: { decision: 'approve', comment: '' } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).code).toBe('FORBIDDEN');
    expect((await (await mia.request.get(`/api/triggers/${triggerId}/versions/1`)).json()).status).toBe('in_review');

    // Reviewer finds it in the queue, comments on a template line, and requests changes.
    const rex = await newSignedInPage(browser, baseURL, reviewer);
    await rex.goto('/reviews');
    const row = rex.getByTestId('review-queue').getByTestId('queue-row').filter({ hasText: triggerName });
    await expect(row).toContainText(marketer.email);
    await row.getByRole('link', { name: 'Review' }).click();
    await expect(rex.getByTestId('template-diff').locator('.monaco-diff-editor')).toBeVisible();
    await expect(rex.getByTestId('condition-diff').locator('.monaco-diff-editor')).toBeVisible();
    await expect(rex.getByTestId('sample-review').first()).toBeVisible();
    await expect(rex.getByTestId('review-verdict').first()).toHaveText(/fires|does not fire/);
    await expect(rex.getByTestId('payload-diff').first()).toContainText('"');
    const lineForm = rex.getByTestId('line-comment-form');
    await lineForm.getByLabel('Comment on').selectOption('template');
    await lineForm.getByLabel(/^Line \(/).fill('2');
    await lineForm.getByLabel('Line comment', { exact: true }).fill('Please hash this field before sending');
    await lineForm.getByRole('button', { name: 'Add line comment' }).click();
    await expect(rex.getByTestId('review-comment').filter({ hasText: 'Please hash this field' })).toContainText('template line 2');
    await rex.getByTestId('decision-comment').fill('Rename the event before this goes live');
    await rex.getByRole('button', { name: 'Request changes' }).click();
    await expect(statusOf(rex)).toHaveAttribute('data-status', 'changes_requested');

    // Marketer sees the note on that line of the editor, with its text on hover.
    await mia.goto(triggerUrl);
    const note = mia.getByTestId('template-editor').locator('.review-note-line').first();
    await expect(note).toBeVisible();
    const box = (await note.boundingBox())!;
    await mia.mouse.move(box.x + 40, box.y + box.height / 2);
    await expect(mia.locator('.monaco-hover').filter({ hasText: 'Please hash this field' }).first()).toBeVisible();

    // Marketer fixes, saves version 2 and submits it.
    await setEditorText(mia, 'condition-editor', 'type = "track" and event = "Journey Converted"');
    await mia.getByTestId('save').click();
    await expect(mia.getByTestId('save-status')).toHaveText('Saved as version 2');
    await mia.goto(`/triggers/${triggerId}/versions/1/review`);
    await expect(mia.getByTestId('submit-for-review')).toHaveCount(0); // not the latest any more
    await mia.goto(`/triggers/${triggerId}/versions/2/review`);
    await mia.getByTestId('submit-for-review').click();
    await expect(statusOf(mia)).toHaveAttribute('data-status', 'in_review');

    // Reviewer approves version 2.
    await rex.goto(`/triggers/${triggerId}/versions/2/review`);
    await expect(rex.getByTestId('condition-diff').locator('.monaco-diff-editor')).toBeVisible();
    await rex.getByRole('button', { name: 'Approve' }).click();
    await expect(statusOf(rex)).toHaveAttribute('data-status', 'approved');
    await expect(rex.getByTestId('decision-form')).toHaveCount(0);

    // The marketer still cannot decide (button absent, server refuses), and the approved version is read-only.
    await mia.goto(`/triggers/${triggerId}/versions/2/review`);
    await expect(statusOf(mia)).toHaveAttribute('data-status', 'approved');
    await expect(mia.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    const late = await mia.request.post(`/api/triggers/${triggerId}/versions/2`, { data: { decision: 'request_changes', comment: 'mine' } });
    expect(late.status()).toBe(403);
    await mia.goto(`/triggers/${triggerId}/versions/2`);
    await expect(mia.getByTestId('read-only-banner')).toBeVisible();
    await expect(mia.getByTestId('save')).toHaveCount(0);
    const before = await editorText(mia, 'condition-editor');
    await mia.getByTestId('condition-editor').locator('.monaco-editor').first().click();
    await mia.keyboard.type('zzz');
    expect(await editorText(mia, 'condition-editor')).toBe(before);
    const v2 = await (await mia.request.get(`/api/triggers/${triggerId}/versions/2`)).json();
    expect(v2).toMatchObject({ status: 'approved', condition: 'type = "track" and event = "Journey Converted"' });

    // History shows both versions and the trail; the admin audit log filters by action.
    await mia.goto(`/triggers/${triggerId}/history`);
    await expect(mia.locator('[data-testid="version-row"][data-version="2"] [data-testid="status-badge"]')).toHaveAttribute('data-status', 'approved');
    await expect(mia.locator('[data-testid="version-row"][data-version="1"] [data-testid="status-badge"]')).toHaveAttribute('data-status', 'changes_requested');
    const approvedRow = mia.locator('[data-testid="audit-row"][data-action="version.approved"]');
    await expect(approvedRow).toContainText(reviewer.email);
    await expect(approvedRow).toContainText(v2.contentHash.slice(0, 12));
    await admin.goto(`/admin/audit?action=version.changes_requested&trigger=${triggerId}`);
    await expect(admin.getByTestId('audit-row')).toHaveCount(1);
    await expect(admin.getByTestId('audit-row')).toContainText('Rename the event');
  });

  test('signed-out requests are refused: pages redirect to sign-in, the API answers 401', async ({ request }) => {
    for (const path of ['/reviews', '/admin/people', '/admin/audit', '/triggers/abc/history', '/triggers/abc/versions/1/review']) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBeGreaterThanOrEqual(300);
      expect(res.status(), path).toBeLessThan(400);
      expect(res.headers().location, path).toContain('/sign-in');
    }
    const api = await request.get('/api/triggers/abc/versions/1');
    expect(api.status()).toBe(401);
    expect(await api.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const post = await request.post('/api/triggers/abc/versions/1', { data: { decision: 'approve' } });
    expect(post.status()).toBe(401);
  });

  test('a version outside the workspace is 404 from the API, and admin-only pages refuse others', async ({ page, baseURL }, testInfo) => {
    await signIn(page);
    // Another workspace's real trigger: same 404 as a missing one, and no decision can touch it.
    if (testInfo.project.name === 'postgres') {
      const foreign = await insertForeignTrigger(baseURL!);
      const res = await page.request.get(`/api/triggers/${foreign}/versions/1`);
      expect(res.status()).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await page.request.post(`/api/triggers/${foreign}/versions/1`, { data: { decision: 'approve', comment: '' } })).status()).toBe(404);
      await page.goto(`/triggers/${foreign}/versions/1/review`);
      await expect(page.getByTestId('review-page')).toHaveCount(0);
    }
    const missing = await page.request.get('/api/triggers/not-a-trigger/versions/1');
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    await createTrigger(page, { name: `Mine ${Date.now()}`, useCase: 'Warehouse journey log', destination: 'webhook' });
    const id = new URL(page.url()).pathname.split('/')[2];
    expect((await page.request.get(`/api/triggers/${id}/versions/1`)).status()).toBe(200);
    expect((await page.request.get(`/api/triggers/${id}/versions/99`)).status()).toBe(404);

    const stamp = Date.now();
    const viewer = { email: `viewer-${stamp}@e2e.test`, password: 'viewer-pass-1', name: 'Viv', role: 'reviewer' };
    await addPerson(page, viewer);
    const context = await page.context().browser()!.newContext({ baseURL: new URL(page.url()).origin });
    const other = await context.newPage();
    await signIn(other, viewer);
    await other.goto('/admin/people');
    await expect(other.getByTestId('forbidden')).toBeVisible();
    await expect(other.getByTestId('add-person-form')).toHaveCount(0);
    await other.goto('/admin/audit');
    await expect(other.getByTestId('forbidden')).toBeVisible();
  });
});
