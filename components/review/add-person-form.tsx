'use client';
import { useState } from 'react';
import { addPersonAction } from '@/lib/actions/admin-actions';
import { ROLES, type Role } from '@/lib/core/workflow/roles';
import { useActionCall } from './use-action-call';

const EMPTY = { email: '', name: '', password: '', role: 'marketer' as Role };

/** Admin adds a person with an initial password they pass on; the server hashes it (better-auth). */
export function AddPersonForm() {
  const [form, setForm] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const { run, error, isPending } = useActionCall<{ email: string }>();
  const field = (key: 'email' | 'name' | 'password', label: string, type: string) => (
    <label className="text-sm">
      <span className="mb-1 block font-medium">{label}</span>
      <input type={type} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} required={key !== 'name'} autoComplete="off" className="w-56 rounded border border-slate-300 px-2 py-1" />
    </label>
  );
  return (
    <form
      data-testid="add-person-form"
      className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        setAdded(null);
        run(() => addPersonAction(form), (p) => { setAdded(p.email); setForm(EMPTY); });
      }}
    >
      {field('email', 'Email', 'email')}
      {field('name', 'Name', 'text')}
      {field('password', 'Initial password', 'password')}
      <label className="text-sm">
        <span className="mb-1 block font-medium">Role</span>
        <select aria-label="Role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })} className="rounded border border-slate-300 px-2 py-1">
          {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </label>
      <button type="submit" disabled={isPending} className="rounded bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50">
        {isPending ? 'Adding…' : 'Add person'}
      </button>
      {error && <p role="alert" data-testid="add-person-error" className="w-full text-sm text-red-700">{error}</p>}
      {added && <p data-testid="add-person-ok" className="w-full text-sm text-emerald-700">Added {added}. Give them their initial password.</p>}
    </form>
  );
}
