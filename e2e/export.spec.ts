import { expect, test, type Page } from '@playwright/test';
import { formatFql } from '../lib/core/fql/format';
import { parseFql } from '../lib/core/fql/parse';
import { ADMIN, createTrigger } from './helpers';
import { addPerson, newSignedInPage, uniqueStamp } from './people';

type VersionJson = { template: string; condition: string; contentHash: string; status: string };

async function versionJson(page: Page, triggerId: string, version: number): Promise<VersionJson> {
  const res = await page.request.get(`/api/triggers/${triggerId}/versions/${version}`);
  expect(res.status()).toBe(200);
  return res.json();
}

async function copyAndRead(page: Page, testId: string): Promise<string> {
  const field = page.getByTestId(testId);
  await page.bringToFront();
  await page.evaluate(() => navigator.clipboard.writeText('(clipboard not written)'));
  await expect(field).not.toContainText('Copied'); // a field nobody copied must not claim it was
  await field.getByRole('button', { name: 'Copy' }).click();
  await expect(field).toContainText('Copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('an approved version exports byte for byte with a stamp, and its bundle imports with nothing lost', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const stamp = uniqueStamp();
  const reviewer = { email: `reviewer-${stamp}@e2e.test`, password: 'reviewer-pass-1', name: 'Rae Reviewer', role: 'reviewer' };
  const admin = await newSignedInPage(browser, baseURL, ADMIN);
  await addPerson(admin, reviewer);

  await createTrigger(admin, { name: `Export ${stamp}`, useCase: 'Cart abandonment', destination: 'meta_custom_audience', withPair: false });
  const triggerId = new URL(admin.url()).pathname.split('/')[2];

  // A draft's export is a marked preview whose copy buttons are disabled.
  await admin.goto(`/triggers/${triggerId}/versions/1/export`);
  await expect(admin.getByTestId('unapproved-banner')).toBeVisible();
  await expect(admin.getByTestId('export-body').getByRole('button', { name: 'Copy' })).toBeDisabled();

  await admin.goto(`/triggers/${triggerId}/versions/1/review`);
  await admin.getByTestId('submit-for-review').click();
  await expect(admin.getByTestId('submit-for-review')).toHaveCount(0);

  const rae = await newSignedInPage(browser, baseURL, reviewer);
  await rae.goto(`/triggers/${triggerId}/versions/1/review`);
  await rae.getByTestId('decision-comment').fill('Looks right: hashed, normalised, removal pair exists elsewhere.');
  await rae.getByRole('button', { name: 'Approve' }).click();
  await expect(rae.getByTestId('decision-form')).toHaveCount(0);

  const approved = await versionJson(admin, triggerId, 1);
  expect(approved.status).toBe('approved');
  await admin.goto(`/triggers/${triggerId}/versions/1/export`);
  await expect(admin.getByTestId('unapproved-banner')).toHaveCount(0);

  expect(await copyAndRead(admin, 'export-body')).toBe(approved.template);
  expect(await copyAndRead(admin, 'export-method')).toBe('POST');
  expect(await copyAndRead(admin, 'export-url')).toContain('graph.facebook.com');
  const auth = await copyAndRead(admin, 'export-header-Authorization');
  expect(auth).toMatch(/<<SECRET:[A-Z_]+>>/);
  const copyAll = await copyAndRead(admin, 'export-copy-all');
  expect(copyAll).toContain(triggerId);
  expect(copyAll).toContain(approved.contentHash);
  expect(copyAll).toContain(reviewer.email);
  expect(copyAll).toContain(approved.template);

  await admin.getByRole('tab', { name: 'Data Pipelines action' }).click();
  const { ast } = parseFql(approved.condition);
  expect(await copyAndRead(admin, 'export-fql')).toBe(formatFql(ast!));
  const mapping = JSON.parse(await copyAndRead(admin, 'export-mapping'));
  expect(typeof mapping).toBe('object');

  // Download the bundle and import it again: same content, same hash.
  const download = await admin.request.get(`/api/triggers/${triggerId}/versions/1/bundle`);
  expect(download.status()).toBe(200);
  const bundleText = await download.text();
  await admin.goto('/triggers/import');
  await admin.getByLabel('…or paste the bundle JSON').fill(bundleText);
  await admin.getByRole('button', { name: 'Import' }).click();
  await expect(admin.getByTestId('designer')).toBeVisible();
  const importedId = new URL(admin.url()).pathname.split('/')[2];
  expect(importedId).not.toBe(triggerId);
  const imported = await versionJson(admin, importedId, 1);
  expect(imported.contentHash).toBe(approved.contentHash);
  expect(imported.template).toBe(approved.template);
  expect(imported.status).toBe('draft');

  // A tampered bundle is refused with a reason, and nothing is created.
  expect(bundleText).toContain('Checkout Started');
  await admin.goto('/triggers/import');
  await admin.getByLabel('…or paste the bundle JSON').fill(bundleText.replaceAll('Checkout Started', 'Checkout Startet'));
  await admin.getByRole('button', { name: 'Import' }).click();
  await expect(admin.getByTestId('import-error')).toContainText('contentHash');
});

test('exports and bundles refuse signed-out requests', async ({ request }) => {
  const res = await request.get('/api/triggers/anything/versions/1/bundle');
  expect(res.status()).toBe(401);
});
