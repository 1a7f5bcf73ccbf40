import type { SamplePreview } from '@/lib/core/preview/preview-types';
import { PayloadDiff } from './payload-diff';

type Props = Readonly<{ current: SamplePreview; baseline: SamplePreview | null; baselineLabel: string }>;

function payloadText(s: SamplePreview | null): string {
  if (!s) return '';
  if (s.payload !== undefined) return JSON.stringify(s.payload, null, 2);
  return s.rendered ?? '(nothing rendered: see the problems below)';
}

function verdictText(fires: boolean | null): string {
  if (fires === null) return 'condition does not parse: never fires';
  return fires ? 'fires' : 'does not fire';
}

/** One sample profile: fire/no-fire now vs the approved version, and the rendered payload diff. */
export function SampleReview({ current, baseline, baselineLabel }: Props) {
  const changed = baseline && baseline.fires !== current.fires;
  return (
    <article data-testid="sample-review" className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <header className="flex flex-wrap items-center gap-3 text-sm">
        <h3 className="font-semibold">{current.sampleName}</h3>
        <span data-testid="review-verdict" data-fires={String(current.fires)} className={`rounded px-2 py-0.5 text-xs font-medium ${current.fires ? 'bg-emerald-100 text-emerald-800' : 'bg-slate-100 text-slate-700'}`}>
          {verdictText(current.fires)}
        </span>
        <span className="text-xs text-slate-500">
          {baseline ? `${baselineLabel}: ${verdictText(baseline.fires)}` : 'First review: no approved version to compare with'}
          {changed && <strong className="ml-1 text-amber-700">(verdict changed)</strong>}
        </span>
        {current.diagnostics.length > 0 && <span className="text-xs text-red-700">{current.diagnostics.length} problem(s)</span>}
      </header>
      {current.clauses.length > 0 && (
        <ul className="text-xs text-slate-600">
          {current.clauses.map((c, i) => <li key={i}>{c.result ? '✓' : '✗'} {c.text}{c.reason ? ` — ${c.reason}` : ''}</li>)}
        </ul>
      )}
      <PayloadDiff before={payloadText(baseline)} after={payloadText(current)} />
    </article>
  );
}
