'use client';
import { useState } from 'react';
import { setWorkspaceSettingsAction } from '@/lib/actions/admin-actions';
import { useActionCall } from './use-action-call';

export function WorkspaceSettingsForm({ allowSelfApproval }: Readonly<{ allowSelfApproval: boolean }>) {
  const [value, setValue] = useState(allowSelfApproval);
  const { run, error, isPending } = useActionCall();
  return (
    <form data-testid="workspace-settings" className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3 text-sm" onSubmit={(e) => { e.preventDefault(); run(() => setWorkspaceSettingsAction({ allowSelfApproval: value })); }}>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={value} onChange={(e) => setValue(e.target.checked)} />
        Reviewers may approve their own versions
      </label>
      <button type="submit" disabled={isPending || value === allowSelfApproval} className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50">Save policy</button>
      {error && <span role="alert" className="text-red-700">{error}</span>}
    </form>
  );
}
