import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuditTable } from '@/components/review/audit-table';
import { orNotFound } from '@/components/review/or-not-found';
import { formatUtc } from '@/components/review/format-time';
import { StatusBadge } from '@/components/ui/status-badge';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/data/db';
import { listTriggerAudit } from '@/lib/data/reviews';
import { getTrigger } from '@/lib/data/triggers';

export const dynamic = 'force-dynamic';

/** Every version of one trigger with its status, and the trigger's audit trail. */
export default async function HistoryPage({ params }: Readonly<{ params: Promise<{ triggerId: string }> }>) {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  const { triggerId } = await params;
  const db = await getDb();
  const trigger = await orNotFound(getTrigger(db, user.workspaceId, triggerId));
  const audit = await listTriggerAudit(db, user.workspaceId, triggerId);
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <header className="flex items-center gap-3">
        <h1 className="text-xl font-semibold">{trigger.name} — history</h1>
        <Link href={`/triggers/${trigger.id}`} className="ml-auto text-sm text-indigo-700 hover:underline">Open the designer</Link>
      </header>
      <section>
        <h2 className="mb-2 font-semibold">Versions</h2>
        <table data-testid="version-list" className="w-full rounded border border-slate-200 bg-white text-sm">
          <thead className="bg-slate-100 text-left text-slate-600">
            <tr><th className="p-2">Version</th><th className="p-2">Status</th><th className="p-2">Author</th><th className="p-2">Saved</th><th className="p-2">Content hash</th><th className="p-2" /></tr>
          </thead>
          <tbody>
            {trigger.versions.map((v) => (
              <tr key={v.version} data-testid="version-row" data-version={v.version} className="border-t border-slate-100">
                <td className="p-2">v{v.version}{v.version === trigger.latestVersion && <span className="ml-1 text-xs text-slate-500">(latest)</span>}</td>
                <td className="p-2"><StatusBadge status={v.status} /></td>
                <td className="p-2">{v.authorEmail}</td>
                <td className="p-2 text-slate-500">{formatUtc(v.createdAt)}</td>
                <td className="p-2 font-mono text-xs" title={v.contentHash}>{v.contentHash.slice(0, 12)}</td>
                <td className="space-x-3 p-2">
                  <Link className="text-indigo-700 hover:underline" href={`/triggers/${trigger.id}/versions/${v.version}`}>Open</Link>
                  <Link className="text-indigo-700 hover:underline" href={`/triggers/${trigger.id}/versions/${v.version}/review`}>Review</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2 className="mb-2 font-semibold">Audit trail</h2>
        <AuditTable entries={audit} showTrigger={false} />
      </section>
    </div>
  );
}
