'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getAuth } from '../auth/auth.ts';
import { getDb } from '../data/db.ts';
import { createFirstAdmin, hasAnyUser } from '../data/people.ts';
import { AppError } from '../errors.ts';

export type FormState = { error?: string };

const signInSchema = z.object({ email: z.string().trim().email('Enter an email address.'), password: z.string().min(1, 'Enter your password.') });

function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === 'string' ? value : '';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/triggers';
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch {
    return { error: 'That email and password do not match an account.' };
  }
  redirect(safeNext(form.get('next')));
}

export async function signOutAction(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect('/sign-in');
}

const setupSchema = z.object({
  workspaceName: z.string().trim().min(1, 'Name the workspace.').max(120),
  name: z.string().trim().min(1, 'Enter your name.').max(120),
  email: z.string().trim().email('Enter an email address.'),
  password: z.string().min(8, 'Use at least 8 characters for the password.').max(200),
});

export async function setupAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = setupSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: parsed.error.issues[0].message };
  const db = await getDb();
  const auth = await getAuth();
  if (await hasAnyUser(db)) return { error: 'Setup is already done. Sign in instead.' };
  try {
    await createFirstAdmin(db, auth, parsed.data);
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (err) {
    return { error: err instanceof AppError ? err.message : 'Could not finish setup; nothing was saved. Try again.' };
  }
  redirect('/triggers');
}
