'use client';
import { useState } from 'react';
import { decideVersionAction } from '@/lib/actions/review-actions';
import { useActionCall } from './use-action-call';

type Props = Readonly<{ triggerId: string; version: number; canApprove: boolean; canRequestChanges: boolean; approveBlockedReason?: string }>;

/** Approve or request changes (a comment is required for the latter). The server checks again. */
export function DecisionForm({ triggerId, version, canApprove, canRequestChanges, approveBlockedReason }: Props) {
  const [comment, setComment] = useState('');
  const { run, error, isPending } = useActionCall();
  const decide = (decision: 'approve' | 'request_changes') => run(() => decideVersionAction({ triggerId, version, decision, comment }), () => setComment(''));
  return (
    <form data-testid="decision-form" className="space-y-2 rounded border border-slate-200 bg-white p-3" onSubmit={(e) => e.preventDefault()}>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Review comment</span>
        <textarea
          data-testid="decision-comment"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          rows={3}
          maxLength={5000}
          placeholder="What should change, or why this is good to go"
          className="w-full rounded border border-slate-300 px-2 py-1"
        />
      </label>
      <div className="flex flex-wrap items-center gap-2">
        {canApprove && (
          <button type="button" disabled={isPending} onClick={() => decide('approve')} className="rounded bg-emerald-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-emerald-700 disabled:opacity-50">
            Approve
          </button>
        )}
        {canRequestChanges && (
          <button type="button" disabled={isPending || !comment.trim()} onClick={() => decide('request_changes')} className="rounded bg-red-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-50">
            Request changes
          </button>
        )}
        {!canApprove && approveBlockedReason && <span className="text-sm text-slate-600">{approveBlockedReason}</span>}
      </div>
      {error && <p role="alert" data-testid="decision-error" className="text-sm text-red-700">{error}</p>}
    </form>
  );
}
