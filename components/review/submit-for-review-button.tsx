'use client';
import { submitVersionAction } from '@/lib/actions/review-actions';
import { useActionCall } from './use-action-call';

type Props = Readonly<{ triggerId: string; version: number; onSubmitted?: () => void }>;

/** For the author of the latest version (draft or changes requested). Mountable in the designer too. */
export function SubmitForReviewButton({ triggerId, version, onSubmitted }: Props) {
  const { run, error, isPending } = useActionCall();
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        data-testid="submit-for-review"
        disabled={isPending}
        onClick={() => run(() => submitVersionAction({ triggerId, version }), onSubmitted)}
        className="rounded bg-amber-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-amber-700 disabled:opacity-50"
      >
        {isPending ? 'Submitting…' : `Submit v${version} for review`}
      </button>
      {error && <span role="alert" data-testid="submit-error" className="text-sm text-red-700">{error}</span>}
    </span>
  );
}
