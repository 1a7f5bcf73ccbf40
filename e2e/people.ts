import { expect, type Browser, type Page } from '@playwright/test';
import { signIn } from './helpers';

export type Person = { email: string; password: string };

export async function newSignedInPage(browser: Browser, baseURL: string | undefined, user: Person): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** Adds someone through the admin's People page, as an admin would. */
export async function addPerson(page: Page, person: Person & { name: string; role: string }) {
  await page.goto('/admin/people');
  const form = page.getByTestId('add-person-form');
  await form.getByLabel('Email', { exact: true }).fill(person.email);
  await form.getByLabel('Name', { exact: true }).fill(person.name);
  await form.getByLabel('Initial password', { exact: true }).fill(person.password);
  await form.getByLabel('Role', { exact: true }).selectOption(person.role);
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByTestId('add-person-ok')).toContainText(person.email);
}

export function uniqueStamp(): string {
  return `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
}
