'use client';
import type { Diagnostic, QuickFix } from '@/lib/core/diagnostics';

type Props = Readonly<{
  diagnostics: readonly Diagnostic[];
  sampleNames: ReadonlyMap<string, string>;
  onFix?: (target: 'template' | 'condition', fix: QuickFix) => void;
}>;

/** Words, not emoji: Debian's Chromium has no emoji font, and the word reads the same to everyone. */
const BADGE = {
  error: 'bg-red-100 text-red-800 border-red-300',
  warning: 'bg-amber-100 text-amber-800 border-amber-300',
  info: 'bg-sky-100 text-sky-800 border-sky-300',
} as const;

export function DiagnosticsList({ diagnostics, sampleNames, onFix }: Props) {
  if (diagnostics.length === 0) {
    return <p data-testid="diagnostics-empty" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">No problems found in any sample.</p>;
  }
  return (
    <ul data-testid="diagnostics" className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm">
      {diagnostics.map((d, i) => (
        <li key={`${d.code}-${d.sampleId ?? ''}-${i}`} data-testid="diagnostic" data-severity={d.severity} data-code={d.code} className="flex items-start gap-2 p-2">
          <span className={`mt-0.5 shrink-0 rounded border px-1 text-[10px] font-semibold uppercase ${BADGE[d.severity]}`}>{d.severity}</span>
          <div className="flex-1">
            <div>{d.message}</div>
            <div className="text-xs text-slate-500">
              {d.target ?? 'payload'}
              {d.range ? ` line ${d.range.startLine}, column ${d.range.startColumn}` : ''}
              {d.sampleId ? ` · sample ${sampleNames.get(d.sampleId) ?? d.sampleId}` : ''}
              {d.path ? ` · ${d.path}` : ''} · {d.code}
            </div>
          </div>
          {onFix && d.target && d.fixes?.map((fix) => (
            <button key={fix.title} type="button" onClick={() => onFix(d.target!, fix)} className="rounded border border-indigo-300 px-2 py-0.5 text-xs text-indigo-700 hover:bg-indigo-50">
              {fix.title}
            </button>
          ))}
        </li>
      ))}
    </ul>
  );
}
