import { diffLines } from 'diff';

type Props = Readonly<{ before: string; after: string }>;

/** Line diff of two rendered payloads (server-rendered; no editor needed for read-only text). */
export function PayloadDiff({ before, after }: Props) {
  const parts = diffLines(before, after);
  const unchanged = parts.every((p) => !p.added && !p.removed);
  return (
    <pre data-testid="payload-diff" data-unchanged={unchanged} className="max-h-80 overflow-auto rounded border border-slate-200 bg-slate-50 text-xs leading-5">
      {parts.flatMap((p, i) =>
        p.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line, j) => (
            <div
              key={`${i}-${j}`}
              data-change={p.added ? 'added' : p.removed ? 'removed' : 'same'}
              className={p.added ? 'bg-emerald-100 text-emerald-900' : p.removed ? 'bg-red-100 text-red-900' : 'text-slate-700'}
            >
              <span className="inline-block w-5 select-none pl-1 text-slate-400">{p.added ? '+' : p.removed ? '−' : ' '}</span>
              {line}
            </div>
          )),
      )}
    </pre>
  );
}
