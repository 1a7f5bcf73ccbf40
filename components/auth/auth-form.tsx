'use client';
import { useActionState, type ReactNode } from 'react';
import type { FormState } from '@/lib/actions/auth-actions';

type Props = Readonly<{
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  submitLabel: string;
  children: ReactNode;
}>;

export function AuthForm({ action, submitLabel, children }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-4">
      {children}
      {state.error && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        {pending ? 'Working…' : submitLabel}
      </button>
    </form>
  );
}

export function Field({ label, name, type = 'text', autoComplete }: Readonly<{ label: string; name: string; type?: string; autoComplete?: string }>) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      <input name={name} type={type} autoComplete={autoComplete} required className="w-full rounded border border-slate-300 px-3 py-2 focus:border-indigo-500 focus:outline-none" />
    </label>
  );
}
