import { redirect } from 'next/navigation';
import { AuditTable } from '@/components/review/audit-table';
import { getCurrentUser } from '@/lib/auth/session';
import { can } from '@/lib/core/workflow/roles';
import { getDb } from '@/lib/data/db';
import { auditFilterOptions, listAudit } from '@/lib/data/reviews';

export const dynamic = 'force-dynamic';

type Search = { action?: string; actor?: string; trigger?: string };

/** Admin-only: the whole workspace's audit log, filterable by action, actor and trigger (GET form). */
export default async function AuditPage({ searchParams }: Readonly<{ searchParams: Promise<Search> }>) {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (!can(user.role, 'audit:read-all')) {
    return <p data-testid="forbidden" className="mx-auto max-w-xl rounded border border-red-200 bg-red-50 p-4 text-sm text-red-800">Only admins can read the workspace audit log.</p>;
  }
  const { action, actor, trigger } = await searchParams;
  const db = await getDb();
  const [options, entries] = await Promise.all([
    auditFilterOptions(db, user.workspaceId),
    listAudit(db, user.workspaceId, { action: action || undefined, actorEmail: actor || undefined, triggerId: trigger || undefined, limit: 500 }),
  ]);
  const select = 'rounded border border-slate-300 px-2 py-1';
  return (
    <div className="mx-auto max-w-7xl space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form method="get" data-testid="audit-filters" className="flex flex-wrap items-end gap-3 text-sm">
        <label>
          <span className="mb-1 block font-medium">Action</span>
          <select name="action" defaultValue={action ?? ''} className={select}>
            <option value="">All actions</option>
            {options.actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">Actor</span>
          <select name="actor" defaultValue={actor ?? ''} className={select}>
            <option value="">Everyone</option>
            {options.actors.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </label>
        <label>
          <span className="mb-1 block font-medium">Trigger</span>
          <select name="trigger" defaultValue={trigger ?? ''} className={select}>
            <option value="">All triggers</option>
            {options.triggers.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">Filter</button>
      </form>
      <AuditTable entries={entries} showTrigger />
    </div>
  );
}
