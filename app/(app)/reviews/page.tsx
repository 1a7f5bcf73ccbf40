import Link from 'next/link';
import { redirect } from 'next/navigation';
import { formatUtc } from '@/components/review/format-time';
import { StatusBadge } from '@/components/ui/status-badge';
import { getCurrentUser } from '@/lib/auth/session';
import { can } from '@/lib/core/workflow/roles';
import { getDb } from '@/lib/data/db';
import { listReviewQueue, type QueueItem } from '@/lib/data/reviews';

export const dynamic = 'force-dynamic';

function QueueTable({ items, testId, when }: Readonly<{ items: QueueItem[]; testId: string; when: 'submitted' | 'decided' }>) {
  return (
    <table data-testid={testId} className="w-full rounded border border-slate-200 bg-white text-sm">
      <thead className="bg-slate-100 text-left text-slate-600">
        <tr><th className="p-2">Trigger</th><th className="p-2">Version</th><th className="p-2">Status</th><th className="p-2">Author</th><th className="p-2">{when === 'submitted' ? 'Submitted' : 'Decided'}</th><th className="p-2" /></tr>
      </thead>
      <tbody>
        {items.map((q) => (
          <tr key={`${q.triggerId}-${q.version}`} data-testid="queue-row" className="border-t border-slate-100">
            <td className="p-2 font-medium">{q.triggerName}</td>
            <td className="p-2">v{q.version}{q.version !== q.latestVersion && <span className="ml-1 text-xs text-amber-700">(v{q.latestVersion} is newer)</span>}</td>
            <td className="p-2"><StatusBadge status={q.status} /></td>
            <td className="p-2">{q.authorEmail}</td>
            <td className="p-2 text-slate-500">{when === 'submitted' ? formatUtc(q.submittedAt) : `${formatUtc(q.decidedAt)} · ${q.decidedByEmail ?? ''}`}</td>
            <td className="p-2"><Link className="text-indigo-700 hover:underline" href={`/triggers/${q.triggerId}/versions/${q.version}/review`}>Review</Link></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Reviewer queue: versions waiting for a decision, oldest first, then recent decisions. */
export default async function ReviewsPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  const { pending, recent } = await listReviewQueue(await getDb(), user.workspaceId);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <h1 className="text-2xl font-semibold">Review queue</h1>
      {!can(user.role, 'trigger:review') && <p className="text-sm text-slate-600">You can follow reviews here; only reviewers and admins decide.</p>}
      <section className="space-y-2">
        <h2 className="font-semibold">Waiting for review ({pending.length})</h2>
        {pending.length === 0 ? <p data-testid="queue-empty" className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500">Nothing is waiting for review.</p> : <QueueTable items={pending} testId="review-queue" when="submitted" />}
      </section>
      {recent.length > 0 && (
        <section className="space-y-2">
          <h2 className="font-semibold">Recently decided</h2>
          <QueueTable items={recent} testId="recent-decisions" when="decided" />
        </section>
      )}
    </div>
  );
}
