'use client';
import { useActionState } from 'react';
import { importBundleAction } from '@/lib/actions/export-actions';

export function ImportForm() {
  const [state, action, pending] = useActionState(importBundleAction, {});
  return (
    <form action={action} className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Bundle file</span>
        <input type="file" name="file" accept=".json,application/json" />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">…or paste the bundle JSON</span>
        <textarea name="text" rows={8} spellCheck={false} className="w-full rounded border border-slate-300 p-2 font-mono text-xs" />
      </label>
      {state.error && <p role="alert" data-testid="import-error" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.error}</p>}
      <button type="submit" disabled={pending} className="rounded bg-indigo-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">{pending ? 'Importing…' : 'Import'}</button>
    </form>
  );
}
