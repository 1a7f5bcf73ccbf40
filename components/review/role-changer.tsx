'use client';
import { useState } from 'react';
import { changePersonRoleAction } from '@/lib/actions/admin-actions';
import { ROLES, type Role } from '@/lib/core/workflow/roles';
import { useActionCall } from './use-action-call';

type Props = Readonly<{ userId: string; email: string; role: Role; allowed: readonly Role[] }>;

/** Role picker for one person; `allowed` already excludes raising one's own role (the server refuses it too). */
export function RoleChanger({ userId, email, role, allowed }: Props) {
  const [next, setNext] = useState<Role>(role);
  const { run, error, isPending } = useActionCall();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <select aria-label={`Role of ${email}`} value={next} onChange={(e) => setNext(e.target.value as Role)} className="rounded border border-slate-300 px-2 py-1 text-sm">
        {ROLES.filter((r) => r === role || allowed.includes(r)).map((r) => <option key={r} value={r}>{r}</option>)}
      </select>
      <button type="button" disabled={isPending || next === role} onClick={() => run(() => changePersonRoleAction({ userId, role: next }))} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50">
        Change role
      </button>
      {error && <span role="alert" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
