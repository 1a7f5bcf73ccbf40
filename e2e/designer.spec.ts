import { expect, test } from '@playwright/test';
import { createTrigger, editorText, setEditorText, signIn } from './helpers';

test.describe('designing a trigger', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test('new trigger previews every sample, shows verdicts and passes its own schema', async ({ page }) => {
    await createTrigger(page, { name: `Cart → Meta ${Date.now()}`, useCase: 'Cart abandonment', destination: 'meta_custom_audience', withPair: false });
    const previews = page.getByTestId('sample-preview');
    await expect(previews).toHaveCount(4);
    await expect(page.getByTestId('verdict').first()).toBeVisible();
    const complete = previews.filter({ hasText: /complete/i }).first();
    await expect(complete.getByTestId('rendered-payload')).toContainText('"schema"');
    await expect(complete.getByTestId('payload-status')).not.toContainText('error');
    await expect(page.getByTestId('version-label')).toHaveText('v1');
  });

  test('a Liquid syntax error is a marker and a listed problem, never a blank preview', async ({ page }) => {
    await createTrigger(page, { name: `Syntax ${Date.now()}`, useCase: 'Warehouse journey log', destination: 'warehouse_events' });
    await setEditorText(page, 'template-editor', '{\n  "a": 1,\n  "b": {% if customer.email %}"x"\n}');
    const problem = page.getByTestId('diagnostic').filter({ hasText: /if/i }).first();
    await expect(problem).toBeVisible();
    await expect(problem).toContainText(/line \d+, column \d+/);
    await expect(page.getByTestId('template-editor').locator('.squiggly-error').first()).toBeVisible();
    await expect(page.getByTestId('sample-preview')).toHaveCount(4);
    await setEditorText(page, 'template-editor', '{"event_id": {{ event.cart_id | default: "x" | json }}, "ok": true}');
    await expect(page.getByTestId('rendered-payload').first()).toContainText('"ok": true');
  });

  test('quotes and newlines in a dirty sample break quoted interpolation, and the problem names the sample and line', async ({ page }) => {
    await createTrigger(page, { name: `Dirty ${Date.now()}`, useCase: 'Warehouse journey log', destination: 'webhook' });
    await setEditorText(page, 'template-editor', '{\n  "name": "{{ customer.first_name }}",\n  "email": {{ customer.email | json }}\n}');
    const jsonError = page.getByTestId('diagnostic').filter({ hasText: 'not valid JSON' }).first();
    await expect(jsonError).toBeVisible();
    await expect(jsonError).toContainText(/dirty/i);
    await expect(jsonError).toContainText('line 2');
  });

  test('samples: invalid JSON is explained with its position and nothing is lost; a pasted event becomes a sample; delete works', async ({ page }) => {
    await createTrigger(page, { name: `Samples ${Date.now()}`, useCase: 'Cart abandonment', destination: 'warehouse_events', withPair: false });
    await page.getByRole('button', { name: '+ Add sample' }).click();
    const box = page.getByTestId('sample-json');
    await box.fill('{\n  "type": "track",\n  "event": "Checkout Started",\n  oops\n}');
    await page.getByRole('button', { name: 'Add sample', exact: true }).click();
    await expect(page.getByTestId('sample-error')).toContainText('line 4, column 3');
    await expect(box).toHaveValue(/oops/);
    await expect(page.getByTestId('sample-chip')).toHaveCount(4);

    await box.fill(JSON.stringify({ type: 'track', event: 'Checkout Started', userId: 'u-77', properties: { total: 80, currency: 'EUR' }, context: { traits: { email: 'new@example.com' } } }));
    await page.getByRole('button', { name: 'Add sample', exact: true }).click();
    await expect(page.getByTestId('sample-chip')).toHaveCount(5);
    await expect(page.getByTestId('sample-preview')).toHaveCount(5);

    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Delete sample Checkout Started' }).click();
    await expect(page.getByTestId('sample-chip')).toHaveCount(4);
  });

  test('each save is a new version; old versions open read-only', async ({ page }) => {
    const name = `Versions ${Date.now()}`;
    await createTrigger(page, { name, useCase: 'VIP tier', destination: 'analytics_track', withPair: false });
    await setEditorText(page, 'condition-editor', 'type = "identify" and traits.tier = "gold"');
    await page.getByTestId('save').click();
    await expect(page.getByTestId('save-status')).toHaveText('Saved as version 2');
    await expect(page.getByTestId('version-label')).toHaveText('v2');

    await page.goto('/triggers');
    const row = page.getByTestId('trigger-row').filter({ hasText: name });
    await expect(row).toContainText('v2');

    await row.getByRole('link', { name }).click();
    await page.waitForURL(/\/triggers\/[^/]+$/);
    const triggerUrl = page.url();
    await page.goto(`${triggerUrl}/versions/1`);
    await expect(page.getByTestId('read-only-banner')).toBeVisible();
    await expect(page.getByTestId('save')).toHaveCount(0);
    expect(await editorText(page, 'condition-editor')).not.toContain('gold');
  });

  test('two tabs saving from the same version: the later one gets a clear conflict and can keep its edits', async ({ page, context }) => {
    await createTrigger(page, { name: `Tabs ${Date.now()}`, useCase: 'Replenishment', destination: 'webhook' });
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.getByTestId('sample-preview').first()).toBeVisible();

    await setEditorText(page, 'condition-editor', 'type = "track" and event = "Order Delivered"');
    await page.getByTestId('save').click();
    await expect(page.getByTestId('save-status')).toHaveText('Saved as version 2');

    await setEditorText(other, 'condition-editor', 'type = "track" and event = "Order Shipped"');
    await other.getByTestId('save').click();
    await expect(other.getByTestId('save-error')).toContainText('Version 2 was saved');
    expect(await editorText(other, 'condition-editor')).toContain('Order Shipped');
    await other.getByRole('button', { name: 'Save mine as a new version anyway' }).click();
    await expect(other.getByTestId('save-status')).toHaveText('Saved as version 3');
  });
});
