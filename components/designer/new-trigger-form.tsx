'use client';
import { useActionState, useState } from 'react';
import { createTriggerAction } from '@/lib/actions/trigger-actions';

type UseCaseOption = { id: string; label: string; description: string; pairedUseCase: string | null; suggested: readonly string[] };
type Props = Readonly<{ useCases: UseCaseOption[]; destinations: Array<{ id: string; label: string }> }>;

export function NewTriggerForm({ useCases, destinations }: Props) {
  const [state, action, pending] = useActionState(createTriggerAction, {});
  const [useCaseId, setUseCaseId] = useState(useCases[0]?.id ?? '');
  const useCase = useCases.find((u) => u.id === useCaseId);
  const sorted = [...destinations].sort((a, b) => Number(useCase?.suggested.includes(b.id)) - Number(useCase?.suggested.includes(a.id)));
  const pairedLabel = useCases.find((u) => u.id === useCase?.pairedUseCase)?.label;
  return (
    <form action={action} className="space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Name</span>
        <input name="name" required maxLength={120} placeholder="High-intent cart abandoners → Meta" className="w-full rounded border border-slate-300 px-3 py-2" />
      </label>
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Use case</legend>
        <div className="grid grid-cols-2 gap-3">
          {useCases.map((u) => (
            <label key={u.id} className={`cursor-pointer rounded border p-3 text-sm ${u.id === useCaseId ? 'border-indigo-500 bg-indigo-50' : 'border-slate-200'}`}>
              <input type="radio" name="useCase" value={u.id} checked={u.id === useCaseId} onChange={() => setUseCaseId(u.id)} className="mr-2" />
              <span className="font-medium">{u.label}</span>
              <span className="mt-1 block text-slate-600">{u.description}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Destination</span>
        <select name="destination" className="w-full rounded border border-slate-300 px-3 py-2" key={useCaseId} defaultValue={sorted[0]?.id}>
          {sorted.map((d) => (
            <option key={d.id} value={d.id}>{d.label}{useCase?.suggested.includes(d.id) ? ' (suggested)' : ''}</option>
          ))}
        </select>
      </label>
      {pairedLabel && (
        <label className="flex items-start gap-2 rounded border border-amber-200 bg-amber-50 p-3 text-sm">
          <input type="checkbox" name="withPair" defaultChecked className="mt-1" />
          <span>Also create the paired <strong>{pairedLabel}</strong> trigger, so people leave the audience when they are resolved (no paying to target people who already bought).</span>
        </label>
      )}
      {state.error && <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.error}</p>}
      <button type="submit" disabled={pending} className="rounded bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        {pending ? 'Creating…' : 'Create trigger'}
      </button>
    </form>
  );
}
