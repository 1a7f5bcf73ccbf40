'use client';
import { useState } from 'react';
import type { Sample } from '@/lib/core/sample';
import { LIMITS } from '@/lib/core/trigger/definition';
import { parseSampleInput } from '@/lib/core/trigger/parse-sample';

type Props = Readonly<{ samples: Sample[]; readOnly: boolean; onChange: (samples: Sample[]) => void }>;

/** View, edit as JSON, add by pasting a raw person or event, delete. A bad paste keeps its text. */
export function SamplesManager({ samples, readOnly, onChange }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const open = (id: string | 'new') => {
    setEditing(id);
    setError(null);
    const s = samples.find((x) => x.id === id);
    setDraft(s ? JSON.stringify(s, null, 2) : '');
  };

  const apply = () => {
    const others = samples.filter((s) => s.id !== editing);
    const parsed = parseSampleInput(draft, new Set(others.map((s) => s.id)), editing === 'new' ? `Sample ${samples.length + 1}` : (editing ?? 'sample'));
    if (!parsed.ok) return setError(parsed.error);
    onChange(editing === 'new' ? [...samples, parsed.sample] : samples.map((s) => (s.id === editing ? parsed.sample : s)));
    setEditing(null);
    setError(null);
  };

  return (
    <div data-testid="samples-manager" className="space-y-2">
      <ul className="flex flex-wrap gap-2">
        {samples.map((s) => (
          <li key={s.id} data-testid="sample-chip" className="flex items-center gap-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm">
            <button type="button" onClick={() => open(s.id)} className="hover:underline" title={s.description}>{s.name}</button>
            {!readOnly && (
              <button type="button" aria-label={`Delete sample ${s.name}`} onClick={() => window.confirm(`Delete sample "${s.name}"?`) && onChange(samples.filter((x) => x.id !== s.id))} className="text-slate-400 hover:text-red-600">×</button>
            )}
          </li>
        ))}
        {!readOnly && samples.length >= LIMITS.samples && <li className="text-xs text-slate-500">{LIMITS.samples} samples is the most a trigger keeps.</li>}
        {!readOnly && samples.length < LIMITS.samples && (
          <li><button type="button" onClick={() => open('new')} className="rounded border border-dashed border-indigo-400 px-2 py-1 text-sm text-indigo-700">+ Add sample</button></li>
        )}
      </ul>
      {editing && (
        <div className="rounded border border-slate-300 bg-white p-3">
          <p className="mb-2 text-xs text-slate-600">
            {editing === 'new'
              ? 'Paste a Customer.io person (attributes), an event message (identify, track, …) or a full sample with "customer" and "message".'
              : 'Edit this sample as JSON.'}
          </p>
          <textarea data-testid="sample-json" value={draft} onChange={(e) => setDraft(e.target.value)} readOnly={readOnly} spellCheck={false} rows={14} className="w-full rounded border border-slate-300 p-2 font-mono text-xs" />
          {error && <p role="alert" data-testid="sample-error" className="mt-2 rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800">{error}</p>}
          <div className="mt-2 flex gap-2">
            {!readOnly && <button type="button" onClick={apply} className="rounded bg-indigo-600 px-3 py-1 text-sm text-white">{editing === 'new' ? 'Add sample' : 'Apply changes'}</button>}
            <button type="button" onClick={() => setEditing(null)} className="rounded border border-slate-300 px-3 py-1 text-sm">Close</button>
          </div>
        </div>
      )}
    </div>
  );
}
