import { redirect } from 'next/navigation';
import { AuthForm, Field } from '@/components/auth/auth-form';
import { setupAction } from '@/lib/actions/auth-actions';
import { getAuth } from '@/lib/auth/auth';
import { getDb } from '@/lib/data/db';
import { hasAnyUser } from '@/lib/data/people';

export const dynamic = 'force-dynamic';

/** One-time page: creates the workspace and its first admin, then disappears. */
export default async function SetupPage() {
  await getAuth();
  if (await hasAnyUser(await getDb())) redirect('/sign-in');
  return (
    <main className="mx-auto mt-16 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">Set up Trigger Studio</h1>
      <p className="mb-6 text-sm text-slate-500">Create the workspace and its first admin. This page is only available until then.</p>
      <AuthForm action={setupAction} submitLabel="Create admin and sign in">
        <Field label="Workspace name" name="workspaceName" />
        <Field label="Your name" name="name" autoComplete="name" />
        <Field label="Email" name="email" type="email" autoComplete="username" />
        <Field label="Password (8+ characters)" name="password" type="password" autoComplete="new-password" />
      </AuthForm>
    </main>
  );
}
