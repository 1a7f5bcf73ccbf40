'use client';
import { useState } from 'react';
import { recordExportAction } from '@/lib/actions/export-actions';

type Props = Readonly<{
  label: string;
  value: string;
  isFinal: boolean;
  exportRef: { triggerId: string; version: number; kind: 'journeys_webhook' | 'pipelines_action' | 'copy_all' | 'field' };
  multiline?: boolean;
  testId: string;
}>;

/** One exported value with its own copy button. Copies are allowed (and audited) only for approved versions. */
export function CopyField({ label, value, isFinal, exportRef, multiline, testId }: Props) {
  const [state, setState] = useState<{ kind: 'idle' | 'copied' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const copy = async () => {
    const result = await recordExportAction({ ...exportRef, field: label });
    if (!result.ok) return setState({ kind: 'error', message: result.error.message });
    try {
      await navigator.clipboard.writeText(value);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'error', message: 'The browser refused clipboard access: select the text and copy it by hand.' });
    }
  };
  return (
    <div data-testid={testId} className="rounded border border-slate-200 bg-white">
      <div className="flex items-center gap-2 border-b border-slate-100 px-3 py-1 text-xs">
        <span className="font-medium text-slate-700">{label}</span>
        {state.kind === 'copied' && <span className="text-emerald-700">Copied</span>}
        {state.kind === 'error' && <span role="alert" className="text-red-700">{state.message}</span>}
        <button
          type="button"
          onClick={copy}
          disabled={!isFinal}
          title={isFinal ? 'Copy to the clipboard' : 'Only an approved version can be copied as final'}
          className="ml-auto rounded border border-indigo-300 px-2 py-0.5 text-indigo-700 hover:bg-indigo-50 disabled:cursor-not-allowed disabled:border-slate-200 disabled:text-slate-400"
        >
          Copy
        </button>
      </div>
      {multiline ? (
        <pre data-testid="copy-value" className="max-h-80 overflow-auto whitespace-pre-wrap break-all px-3 py-2 font-mono text-xs">{value}</pre>
      ) : (
        <code data-testid="copy-value" className="block break-all px-3 py-2 font-mono text-xs">{value}</code>
      )}
    </div>
  );
}
