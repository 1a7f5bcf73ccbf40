'use client';
import type { SamplePreview } from '@/lib/core/preview/preview-types';

function Verdict({ s }: Readonly<{ s: SamplePreview }>) {
  if (s.fires === null) return <span data-testid="verdict" data-fires="invalid" className="rounded bg-red-100 px-2 py-0.5 text-xs text-red-800">condition invalid: nothing sent</span>;
  return (
    <span data-testid="verdict" data-fires={String(s.fires)} className={`rounded px-2 py-0.5 text-xs font-medium ${s.fires ? 'bg-emerald-100 text-emerald-800' : 'bg-slate-200 text-slate-700'}`}>
      {s.fires ? 'fires' : 'does not fire'}
    </span>
  );
}

export function SamplePreviewCard({ s }: Readonly<{ s: SamplePreview }>) {
  const errors = s.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = s.diagnostics.filter((d) => d.severity === 'warning').length;
  const failed = s.clauses.filter((c) => !c.result);
  return (
    <section data-testid="sample-preview" data-sample-id={s.sampleId} className="rounded border border-slate-200 bg-white">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-3 py-2">
        <h3 className="font-medium">{s.sampleName}</h3>
        <Verdict s={s} />
        {s.ossRuntime !== undefined && s.ossRuntime !== s.fires && (
          <span data-testid="engine-divergence" className="rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-800">
            open-source runtime: {s.ossRuntime === 'unparseable' ? 'cannot parse' : s.ossRuntime ? 'fires' : 'does not fire'}
          </span>
        )}
        <span data-testid="payload-status" className={`ml-auto text-xs ${errors || s.rendered === null ? 'text-red-700' : warnings ? 'text-amber-700' : 'text-emerald-700'}`}>
          {s.rendered === null ? 'not rendered' : errors ? `${errors} error${errors > 1 ? 's' : ''}` : warnings ? `${warnings} warning${warnings > 1 ? 's' : ''}` : 'valid JSON, schema OK'}
          {s.rendered === null ? '' : ` · ${s.payloadBytes} bytes`}
        </span>
      </header>
      {s.fires === false && failed.length > 0 && (
        <ul data-testid="failed-clauses" className="border-b border-slate-100 px-3 py-2 text-xs text-slate-700">
          {failed.map((c, i) => (
            <li key={i}><code className="text-red-700">{c.text}</code>{c.reason ? ` — ${c.reason}` : ''}</li>
          ))}
        </ul>
      )}
      <pre data-testid="rendered-payload" className="max-h-72 overflow-auto whitespace-pre-wrap break-all px-3 py-2 font-mono text-xs">
        {s.rendered ?? '(not rendered: fix the template errors first)'}
      </pre>
      {s.identifiers.length > 0 && (
        <details className="border-t border-slate-100 px-3 py-2 text-xs">
          <summary className="cursor-pointer text-slate-600">Identifiers as the destination will match them</summary>
          <table data-testid="identifiers" className="mt-2 w-full">
            <thead className="text-left text-slate-500"><tr><th>field</th><th>raw</th><th>normalised</th><th>SHA-256</th></tr></thead>
            <tbody>
              {s.identifiers.map((row) => (
                <tr key={row.field} title={`${row.normaliser}${row.note ? ` — ${row.note}` : ''}`}>
                  <td className="pr-2">{row.field}</td>
                  <td className="pr-2 font-mono">{JSON.stringify(row.raw)}</td>
                  <td className="pr-2 font-mono">{row.normalised ?? <em className="text-slate-400">{row.note ?? 'dropped'}</em>}</td>
                  <td className="font-mono">{row.hashed ? `${row.hashed.slice(0, 12)}…` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
