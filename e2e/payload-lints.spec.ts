import { expect, test, type Locator, type Page } from '@playwright/test';
import { createTrigger, editorValue, setEditorText, signIn } from './helpers';

const problem = (page: Page, code: string) => page.locator(`[data-testid="diagnostic"][data-code="${code}"]`);
const card = (page: Page, sampleId: string) => page.locator(`[data-testid="sample-preview"][data-sample-id="${sampleId}"]`);
const templateText = (page: Page) => expect.poll(() => editorValue(page, 'template-editor'));

/** The 1-based editor line a marker is drawn on, from where it sits next to the rendered lines. */
async function lineOfMarker(page: Page, marker: Locator): Promise<number> {
  const box = await marker.boundingBox();
  const lines = await page.getByTestId('template-editor').locator('.view-line').evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })).sort((a, b) => a.top - b.top),
  );
  if (!box) return -1;
  const middle = box.y + box.height / 2;
  return lines.findIndex((l) => middle >= l.top && middle <= l.bottom) + 1;
}

test.describe('Liquid payload checks', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test('quoted interpolation of a value with quotes names the dirty sample, and its fixes leave every sample valid JSON', async ({ page }) => {
    await createTrigger(page, { name: `Quoted ${Date.now()}`, useCase: 'Warehouse journey log', destination: 'webhook' });
    await setEditorText(page, 'template-editor', '{\n  "name": "{{ customer.first_name }}",\n  "email": {{ customer.email | json }}\n}');

    const quoted = problem(page, 'lint/quoted-interpolation');
    await expect(quoted).toHaveCount(1);
    await expect(quoted).toHaveAttribute('data-severity', 'warning');
    await expect(quoted).toContainText('In sample "Dirty record", customer.first_name');
    await expect(quoted).toContainText('template line 2, column 12');
    await expect(quoted).toContainText('sample Dirty record');
    const dirtyJson = problem(page, 'json/invalid').filter({ hasText: 'Dirty record' });
    await expect(dirtyJson).toHaveCount(1);
    await expect(card(page, 'dirty').getByTestId('payload-status')).toContainText('error');

    // One fix: | json without the quotes, with a default because "Missing optional fields" lacks the value.
    await quoted.getByRole('button', { name: 'Use | json without the surrounding quotes' }).click();
    await templateText(page).toBe('{\n  "name": {{ customer.first_name | default: "" | json }},\n  "email": {{ customer.email | json }}\n}');
    await expect(quoted).toHaveCount(0);
    await expect(problem(page, 'lint/json-of-missing')).toHaveCount(0);
    await expect(problem(page, 'json/invalid')).toHaveCount(0);
    await expect(card(page, 'dirty').getByTestId('rendered-payload')).toContainText('"name": "Ann \\"Nan\\"\\nMarie"');
    await expect(card(page, 'missing-optional').getByTestId('rendered-payload')).toContainText('"name": ""');
  });

  test('typing quickly in the payload editor keeps every keystroke while the preview re-renders', async ({ page }) => {
    await createTrigger(page, { name: `Typing ${Date.now()}`, useCase: 'Warehouse journey log', destination: 'webhook' });
    await setEditorText(page, 'template-editor', '{\n  "a": ');
    await templateText(page).toBe('{\n  "a": ');
    // A fast typist (25 keys a second), with the editor auto-closing and overtyping the quotes.
    await page.keyboard.type('"every key of this sentence arrives", "n": 12345 }', { delay: 40 });
    await templateText(page).toBe('{\n  "a": "every key of this sentence arrives", "n": 12345 }');
    await expect(card(page, 'complete').getByTestId('rendered-payload')).toContainText('"a": "every key of this sentence arrives"');
  });

  test('a Liquid syntax error is marked on the line that has it', async ({ page }) => {
    await createTrigger(page, { name: `Syntax line ${Date.now()}`, useCase: 'Warehouse journey log', destination: 'webhook' });
    await setEditorText(page, 'template-editor', '{\n  "a": 1,\n  "b": {% if customer.email %}"x",\n  "c": 2\n}');

    const syntax = problem(page, 'liquid/syntax');
    await expect(syntax).toContainText('tag {% if customer.email %} not closed');
    await expect(syntax).toContainText('template line 3, column 8');
    const marker = page.getByTestId('template-editor').locator('.squiggly-error');
    await expect(marker).toHaveCount(1);
    expect(await lineOfMarker(page, marker)).toBe(3);

    await setEditorText(page, 'template-editor', '{\n  "a": 1,\n  "b": {% if customer.email %}"x"{% else %}null{% endif %},\n  "c": 2\n}');
    await expect(syntax).toHaveCount(0);
    await expect(marker).toHaveCount(0);
    await expect(card(page, 'complete').getByTestId('rendered-payload')).toContainText('"b": "x"');
  });

  test('an unknown variable is flagged with a "did you mean"', async ({ page }) => {
    await createTrigger(page, { name: `Typo ${Date.now()}`, useCase: 'Warehouse journey log', destination: 'webhook' });
    await setEditorText(page, 'template-editor', '{\n  "email": "{{ custmer.email }}"\n}');

    const typo = problem(page, 'liquid/missing-variable').filter({ hasText: 'sample "Complete profile"' });
    await expect(typo).toContainText('custmer.email is missing in sample "Complete profile"');
    await expect(typo).toContainText('did you mean customer.email?');
    await expect(typo).toContainText('template line 2, column 16');
    const marker = page.getByTestId('template-editor').locator('.squiggly-warning').first();
    await expect(marker).toBeVisible();
    expect(await lineOfMarker(page, marker)).toBe(2);

    await setEditorText(page, 'template-editor', '{\n  "email": {{ customer.email | json }}\n}');
    await expect(problem(page, 'liquid/missing-variable')).toHaveCount(0);
  });

  test('an audience add without its removal pair is flagged; with the pair it is not', async ({ page }) => {
    await createTrigger(page, { name: `No pair ${Date.now()}`, useCase: 'Cart abandonment', destination: 'meta_custom_audience', withPair: false });
    const removal = problem(page, 'lint/removal-path');
    await expect(removal).toHaveCount(1);
    await expect(removal).toContainText('adds people to an audience but has no removal path');
    await expect(removal).toContainText('Create the paired "Purchase removal" trigger');
    await expect(page.getByTestId('paired-link')).toHaveCount(0);

    await createTrigger(page, { name: `With pair ${Date.now()}`, useCase: 'Cart abandonment', destination: 'meta_custom_audience' });
    await expect(page.getByTestId('paired-link')).toBeVisible();
    // Wait for the full pass (lints) before asserting the removal lint is absent.
    await expect(page.getByTestId('diagnostics').or(page.getByTestId('diagnostics-empty'))).toBeVisible();
    await expect(removal).toHaveCount(0);
  });
});
