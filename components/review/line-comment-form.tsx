'use client';
import { useState } from 'react';
import { addLineCommentAction } from '@/lib/actions/review-actions';
import { useActionCall } from './use-action-call';

type Props = Readonly<{ triggerId: string; version: number; templateLines: number; conditionLines: number }>;

/** Pin a note to one line of the template or condition; the designer shows it on that line. */
export function LineCommentForm({ triggerId, version, templateLines, conditionLines }: Props) {
  const [target, setTarget] = useState<'template' | 'condition'>('template');
  const [line, setLine] = useState(1);
  const [body, setBody] = useState('');
  const { run, error, isPending } = useActionCall();
  const max = target === 'template' ? templateLines : conditionLines;
  const submit = () => run(() => addLineCommentAction({ triggerId, version, target, line, body }), () => setBody(''));
  return (
    <form data-testid="line-comment-form" className="space-y-2 rounded border border-slate-200 bg-white p-3 text-sm" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <div className="flex flex-wrap items-end gap-3">
        <label>
          <span className="mb-1 block font-medium">Comment on</span>
          <select value={target} onChange={(e) => { setTarget(e.target.value as 'template' | 'condition'); setLine(1); }} className="rounded border border-slate-300 px-2 py-1">
            <option value="template">Payload template</option>
            <option value="condition">Condition</option>
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">Line (1–{max})</span>
          <input type="number" min={1} max={max} value={line} onChange={(e) => setLine(Number(e.target.value))} className="w-24 rounded border border-slate-300 px-2 py-1" />
        </label>
      </div>
      <label className="block">
        <span className="mb-1 block font-medium">Line comment</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={2} maxLength={2000} className="w-full rounded border border-slate-300 px-2 py-1" />
      </label>
      <button type="submit" disabled={isPending || !body.trim()} className="rounded border border-indigo-300 px-3 py-1 text-indigo-700 hover:bg-indigo-50 disabled:opacity-50">
        {isPending ? 'Adding…' : 'Add line comment'}
      </button>
      {error && <p role="alert" data-testid="line-comment-error" className="text-red-700">{error}</p>}
    </form>
  );
}
