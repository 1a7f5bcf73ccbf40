import { expect, type Page } from '@playwright/test';

export const ADMIN = { email: 'admin@e2e.test', password: 'admin-password-1' };

export async function signIn(page: Page, user: { email: string; password: string } = ADMIN) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('current-user')).toContainText(user.email);
}

export async function createTrigger(page: Page, opts: { name: string; useCase: string; destination: string; withPair?: boolean }) {
  await page.goto('/triggers/new');
  await page.getByLabel('Name').fill(opts.name);
  await page.getByRole('radio', { name: new RegExp(opts.useCase) }).check();
  await page.getByLabel('Destination').selectOption(opts.destination);
  const pair = page.getByRole('checkbox');
  if ((await pair.count()) > 0 && opts.withPair === false) await pair.uncheck();
  await page.getByRole('button', { name: 'Create trigger' }).click();
  await expect(page.getByTestId('designer')).toBeVisible();
  await expect(page.getByTestId('sample-preview').first()).toBeVisible();
}

/** Replaces an editor's whole text the way a user would: select all, paste from the clipboard. */
export async function setEditorText(page: Page, testId: string, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.bringToFront(); // the clipboard only works in the focused tab
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const editor = page.getByTestId(testId).locator('.monaco-editor').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** What the editor shows (Monaco renders spaces as no-break spaces). */
export async function editorText(page: Page, testId: string): Promise<string> {
  const text = await page.getByTestId(testId).locator('.view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

/**
 * The editor's text with soft wraps undone: a rendered line whose gutter has no line number
 * continues the line above (editorText would split it with a newline).
 */
export async function editorValue(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).locator('.monaco-editor').first().evaluate((root) => {
    const topOf = (el: Element) => Math.round(el.getBoundingClientRect().top);
    const numbered = new Set([...root.querySelectorAll('.line-numbers')].filter((n) => n.textContent?.trim()).map(topOf));
    const lines = [...root.querySelectorAll('.view-line')].map((el) => ({ top: topOf(el), text: el.textContent ?? '' })).sort((a, b) => a.top - b.top);
    return lines.reduce((out, l, i) => (i === 0 ? l.text : numbered.has(l.top) ? `${out}\n${l.text}` : out + l.text), '').replace(/\u00a0/g, ' ');
  });
}
