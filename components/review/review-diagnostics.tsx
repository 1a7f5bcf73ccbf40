import type { Diagnostic } from '@/lib/core/diagnostics';

type Props = Readonly<{ diagnostics: readonly Diagnostic[]; sampleNames: ReadonlyMap<string, string> }>;

const ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️' } as const;

/** Every diagnostic and lint of the version, as the reviewer sees them (read-only, no fixes). */
export function ReviewDiagnostics({ diagnostics, sampleNames }: Props) {
  if (diagnostics.length === 0) return <p data-testid="review-diagnostics-empty" className="rounded border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">No problems in any sample.</p>;
  return (
    <ul data-testid="review-diagnostics" className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm">
      {diagnostics.map((d, i) => (
        <li key={`${d.code}-${i}`} data-testid="review-diagnostic" data-severity={d.severity} className="flex gap-2 p-2">
          <span aria-label={d.severity}>{ICON[d.severity]}</span>
          <div>
            <div>{d.message}</div>
            <div className="text-xs text-slate-500">
              {d.target ?? 'payload'}
              {d.range ? ` line ${d.range.startLine}, column ${d.range.startColumn}` : ''}
              {d.sampleId ? ` · sample ${sampleNames.get(d.sampleId) ?? d.sampleId}` : ''} · {d.source}/{d.code}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
