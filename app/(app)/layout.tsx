import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { signOutAction } from '@/lib/actions/auth-actions';
import { getCurrentUser } from '@/lib/auth/session';
import { can } from '@/lib/core/workflow/roles';

export const dynamic = 'force-dynamic';

export default async function AppLayout({ children }: Readonly<{ children: ReactNode }>) {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return (
    <div className="flex min-h-full flex-col">
      <header className="flex items-center gap-6 border-b border-slate-200 bg-white px-6 py-3">
        <Link href="/triggers" className="font-semibold text-indigo-700">Trigger Studio</Link>
        <nav className="flex gap-4 text-sm">
          <Link href="/triggers" className="hover:text-indigo-700">Triggers</Link>
          {can(user.role, 'trigger:review') && <Link href="/reviews" className="hover:text-indigo-700">Review queue</Link>}
          {can(user.role, 'people:manage') && <Link href="/admin/people" className="hover:text-indigo-700">People</Link>}
          {can(user.role, 'audit:read-all') && <Link href="/admin/audit" className="hover:text-indigo-700">Audit log</Link>}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm text-slate-600">
          <span data-testid="current-user">{user.email} · {user.role}</span>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">Sign out</button>
          </form>
        </div>
      </header>
      <main className="flex-1 p-6">{children}</main>
    </div>
  );
}
