import { expect, test, type Locator, type Page } from '@playwright/test';
import { createTrigger, editorValue, setEditorText, signIn } from './helpers';

// Cart abandonment starter samples: complete (track, total 140, currency "USD"), missing-optional
// (track, total 64, no currency), dirty (track, total null, currency "usd") and an identify message.
const STARTER = 'type = "track" and event = "Checkout Started" and properties.total >= 50';

const problem = (page: Page, code: string) => page.locator(`[data-testid="diagnostic"][data-code="${code}"]`);
const card = (page: Page, sampleId: string) => page.locator(`[data-testid="sample-preview"][data-sample-id="${sampleId}"]`);
const conditionText = (page: Page) => expect.poll(() => editorValue(page, 'condition-editor'));

/** True when the widget is what the user sees at its own centre (not clipped away or covered). */
const seenOnTop = (widget: Locator) =>
  expect.poll(() =>
    widget.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
      return hit !== null && el.contains(hit);
    }),
  );

async function newCartTrigger(page: Page, label: string) {
  await createTrigger(page, { name: `${label} ${Date.now()}`, useCase: 'Cart abandonment', destination: 'warehouse_events', withPair: false });
  await expect(card(page, 'complete').getByTestId('verdict')).toHaveAttribute('data-fires', 'true');
}

async function expectVerdicts(page: Page, expected: Record<string, 'true' | 'false' | 'invalid'>) {
  for (const [id, fires] of Object.entries(expected)) await expect(card(page, id).getByTestId('verdict')).toHaveAttribute('data-fires', fires);
}

test.describe('trigger condition', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test('an invalid condition is a marker and a located problem, nothing is sent, and the listed fix repairs it', async ({ page }) => {
    await newCartTrigger(page, 'Invalid FQL');
    await setEditorText(page, 'condition-editor', 'type == "track"');

    const editor = page.getByTestId('condition-editor');
    await expect(editor.locator('.squiggly-error').first()).toBeVisible();
    const operator = problem(page, 'fql/operator');
    await expect(operator).toHaveCount(1);
    await expect(operator).toContainText("'==' is not an FQL operator");
    await expect(operator).toContainText('condition line 1, column 6');

    const verdicts = page.getByTestId('verdict');
    await expect(verdicts).toHaveCount(4);
    for (const v of await verdicts.all()) {
      await expect(v).toHaveAttribute('data-fires', 'invalid');
      await expect(v).toHaveText('condition invalid: nothing sent');
    }

    await operator.getByRole('button', { name: "Replace '==' with '='" }).click();
    await conditionText(page).toBe('type = "track"');
    await expect(operator).toHaveCount(0);
    await expect(editor.locator('.squiggly-error')).toHaveCount(0);
    await expectVerdicts(page, { complete: 'true', 'missing-optional': 'true', dirty: 'true', 'non-matching': 'false' });
  });

  test("Monaco's quick fix (Ctrl+.) on the marker repairs the condition too", async ({ page }) => {
    await newCartTrigger(page, 'Quick fix');
    await setEditorText(page, 'condition-editor', 'type = "track" and event == "Checkout Started"');
    const editor = page.getByTestId('condition-editor');
    await expect(editor.locator('.squiggly-error').first()).toBeVisible();
    await expect(problem(page, 'fql/operator')).toContainText('line 1, column 26');

    // Put the cursor inside `==` (columns 26-27) and ask for quick fixes.
    await page.keyboard.press('Home');
    for (let i = 0; i < 26; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ControlOrMeta+.');
    const action = page.locator('.action-widget').getByText("Replace '==' with '='");
    await expect(action).toBeVisible();
    await action.click();

    await conditionText(page).toBe('type = "track" and event = "Checkout Started"');
    await expect(editor.locator('.squiggly-error')).toHaveCount(0);
    await expect(problem(page, 'fql/operator')).toHaveCount(0);
    await expectVerdicts(page, { complete: 'true', dirty: 'true', 'non-matching': 'false' });
  });

  test('per-sample verdicts: some samples fire, the others say which clause failed and why', async ({ page }) => {
    await newCartTrigger(page, 'Verdicts');
    await setEditorText(page, 'condition-editor', 'type = "track" and properties.currency = "USD"');
    await expectVerdicts(page, { complete: 'true', 'missing-optional': 'false', dirty: 'false', 'non-matching': 'false' });
    await expect(card(page, 'complete').getByTestId('failed-clauses')).toHaveCount(0);

    const missing = card(page, 'missing-optional').getByTestId('failed-clauses');
    await expect(missing).toContainText('properties.currency = "USD" — field missing in this sample: properties.currency');
    await expect(missing).not.toContainText('type = "track"');

    await expect(card(page, 'dirty').getByTestId('failed-clauses')).toContainText('properties.currency = "USD" — differs only by case: the sample has "usd"');
    await expect(card(page, 'non-matching').getByTestId('failed-clauses')).toContainText('type = "track" — the sample has "identify"');
  });

  test('the wrong case of an event name is explained per sample and the offered fix makes it fire', async ({ page }) => {
    await newCartTrigger(page, 'Event case');
    await setEditorText(page, 'condition-editor', 'type = "track" and event = "checkout started"');
    await expectVerdicts(page, { complete: 'false', 'missing-optional': 'false', dirty: 'false', 'non-matching': 'false' });
    for (const id of ['complete', 'missing-optional', 'dirty']) {
      await expect(card(page, id).getByTestId('failed-clauses')).toContainText('event = "checkout started" — differs only by case: the sample has "Checkout Started"');
    }
    await expect(card(page, 'non-matching').getByTestId('failed-clauses')).toContainText('field missing in this sample: event');

    const caseLint = problem(page, 'fql/event-name-case');
    await expect(caseLint).toContainText('line 1, column 28');
    await expect(page.getByTestId('condition-editor').locator('.squiggly-warning').first()).toBeVisible();
    await caseLint.getByRole('button', { name: 'Use "Checkout Started"' }).click();

    await conditionText(page).toBe('type = "track" and event = "Checkout Started"');
    await expectVerdicts(page, { complete: 'true', 'missing-optional': 'true', dirty: 'true', 'non-matching': 'false' });
    await expect(caseLint).toHaveCount(0);
  });

  test('an unquoted value is answered differently by the open-source runtime: the divergence badge shows until it is quoted', async ({ page }) => {
    await newCartTrigger(page, 'Divergence');
    await setEditorText(page, 'condition-editor', 'type = track');
    await expectVerdicts(page, { complete: 'false', 'non-matching': 'false' });
    for (const id of ['complete', 'missing-optional', 'dirty']) {
      await expect(card(page, id).getByTestId('engine-divergence')).toHaveText('open-source runtime: fires');
    }
    await expect(card(page, 'non-matching').getByTestId('engine-divergence')).toHaveCount(0);
    await expect(problem(page, 'fql/engine-divergence')).toBeVisible();

    const unquoted = problem(page, 'fql/unquoted-value');
    await expect(unquoted).toContainText("'track' is not quoted");
    await unquoted.getByRole('button', { name: 'Quote it: "track"' }).click();

    await conditionText(page).toBe('type = "track"');
    await expect(page.getByTestId('engine-divergence')).toHaveCount(0);
    await expect(problem(page, 'fql/engine-divergence')).toHaveCount(0);
    await expectVerdicts(page, { complete: 'true', 'non-matching': 'false' });
  });

  test('typing a path offers the fields of the samples, and hovering a path shows its value in every sample', async ({ page }) => {
    await newCartTrigger(page, 'Completion');
    const editor = page.getByTestId('condition-editor');

    await setEditorText(page, 'condition-editor', 'type = "track" and ');
    await conditionText(page).toBe('type = "track" and ');
    // A fast typist (25 keys a second) while the live preview re-runs on every keystroke.
    await page.keyboard.type('properties.', { delay: 40 });
    await conditionText(page).toBe('type = "track" and properties.');
    const suggest = editor.locator('.suggest-widget');
    await expect(suggest).toBeVisible();
    await expect(suggest).toContainText('properties.cart_id');
    await seenOnTop(suggest).toBe(true);
    await page.keyboard.type('curr', { delay: 40 });
    await expect(suggest).toContainText('properties.currency');
    await expect(suggest).not.toContainText('properties.cart_id');
    await page.keyboard.press('Enter');
    await conditionText(page).toBe('type = "track" and properties.currency');

    await setEditorText(page, 'condition-editor', STARTER);
    await page.keyboard.press('Escape');
    const token = editor.locator('.view-line span[class^="mtk"]', { hasText: 'properties.total' });
    await expect(token).toHaveCount(1);
    await token.hover();
    const hover = page.locator('.monaco-hover').filter({ hasText: 'sample 1' });
    await expect(hover).toBeVisible();
    await expect(hover).toContainText('properties.total');
    await expect(hover).toContainText('sample 1: 140 (number)');
    await expect(hover).toContainText('sample 3: null (null)');
    await expect(hover).toContainText('sample 4: missing (reads as null)');
    // The condition editor is short: the hover must escape it rather than be cut off.
    await seenOnTop(hover).toBe(true);
  });
});

test.describe('visual condition builder', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test('edits in the builder become canonical FQL in code mode and the verdicts follow', async ({ page }) => {
    await newCartTrigger(page, 'Builder');
    await page.getByRole('tab', { name: 'Visual builder' }).click();
    const rows = page.getByTestId('builder-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0).getByLabel('Field')).toHaveValue('type');
    await expect(rows.nth(1).getByLabel('Value')).toHaveValue('Checkout Started');
    await expect(rows.nth(2).getByLabel('Operator')).toHaveValue('>=');
    await expect(rows.nth(2).getByLabel('Value')).toHaveValue('50');

    await rows.nth(2).getByLabel('Operator').selectOption('>');
    await rows.nth(2).getByLabel('Value').fill('100');
    const expected = 'type = "track" and event = "Checkout Started" and properties.total > 100';
    await expect(page.getByTestId('builder-fql')).toHaveText(expected);
    await expectVerdicts(page, { complete: 'true', 'missing-optional': 'false', dirty: 'false' });
    await expect(card(page, 'missing-optional').getByTestId('failed-clauses')).toContainText('properties.total > 100 — the sample has 64');

    await page.getByRole('tab', { name: 'Code' }).click();
    await conditionText(page).toBe(expected);
    await expectVerdicts(page, { complete: 'true', 'missing-optional': 'false', dirty: 'false', 'non-matching': 'false' });
  });

  test('typing into the builder keystroke by keystroke keeps the builder and what was typed', async ({ page }) => {
    await newCartTrigger(page, 'Builder typing');
    await page.getByRole('tab', { name: 'Visual builder' }).click();
    const row = page.getByTestId('builder-row').nth(2);

    const field = row.getByLabel('Field');
    await field.fill('');
    await field.pressSequentially('properties.total');
    await expect(page.getByTestId('condition-builder')).toBeVisible();
    await expect(field).toHaveValue('properties.total');

    const value = row.getByLabel('Value');
    await value.fill('');
    await value.pressSequentially('100.05');
    await expect(value).toHaveValue('100.05');
    await expect(page.getByTestId('builder-fql')).toHaveText('type = "track" and event = "Checkout Started" and properties.total >= 100.05');
    await expectVerdicts(page, { complete: 'true', 'missing-optional': 'false' });
  });

  test('a number edited in an "is" row stays a number', async ({ page }) => {
    await newCartTrigger(page, 'Builder number');
    await setEditorText(page, 'condition-editor', 'type = "track" and properties.total = 64');
    await conditionText(page).toBe('type = "track" and properties.total = 64');
    await expectVerdicts(page, { complete: 'false', 'missing-optional': 'true' });
    await page.getByRole('tab', { name: 'Visual builder' }).click();
    const value = page.getByTestId('builder-row').nth(1).getByLabel('Value');
    await expect(value).toHaveValue('64');
    await value.fill('140');
    await expect(page.getByTestId('builder-fql')).toHaveText('type = "track" and properties.total = 140');
    await expectVerdicts(page, { complete: 'true', 'missing-optional': 'false' });
  });

  for (const { what, condition, reason, dirtyFires } of [
    { what: 'a function call', condition: 'type = "track" and length(properties.items) > 2', reason: 'length() is code mode only', dirtyFires: 'true' },
    { what: 'groups nested twice', condition: 'type = "track" and (event = "A" or (event = "Checkout Started" and properties.total > 1))', reason: 'groups are nested more than one level deep', dirtyFires: 'false' },
  ] as const) {
    test(`a condition the builder cannot show (${what}) stays in code mode, unchanged`, async ({ page }) => {
      await newCartTrigger(page, 'Builder unavailable');
      await setEditorText(page, 'condition-editor', condition);
      await conditionText(page).toBe(condition);
      await page.getByRole('tab', { name: 'Visual builder' }).click();
      const unavailable = page.getByTestId('builder-unavailable');
      await expect(unavailable).toContainText(reason);
      await expect(page.getByTestId('condition-builder')).toHaveCount(0);
      await unavailable.getByRole('button', { name: 'Back to code' }).click();
      await conditionText(page).toBe(condition);
      await expectVerdicts(page, { dirty: dirtyFires, 'non-matching': 'false' });
    });
  }
});
