import { redirect } from 'next/navigation';
import { AuthForm, Field } from '@/components/auth/auth-form';
import { signInAction } from '@/lib/actions/auth-actions';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/data/db';
import { getAuth } from '@/lib/auth/auth';
import { hasAnyUser } from '@/lib/data/people';

export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: Readonly<{ searchParams: Promise<{ next?: string }> }>) {
  await getAuth(); // creates the env-configured admin on first start
  if (!(await hasAnyUser(await getDb()))) redirect('/setup');
  if (await getCurrentUser()) redirect('/triggers');
  const { next } = await searchParams;
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Sign in to Trigger Studio</h1>
      <p className="mb-6 text-sm text-slate-500">Design, review and export Customer.io triggers.</p>
      <AuthForm action={signInAction} submitLabel="Sign in">
        <input type="hidden" name="next" value={next ?? ''} />
        <Field label="Email" name="email" type="email" autoComplete="username" />
        <Field label="Password" name="password" type="password" autoComplete="current-password" />
      </AuthForm>
    </main>
  );
}
