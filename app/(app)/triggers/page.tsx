import Link from 'next/link';
import { formatUtc } from '@/components/review/format-time';
import { StatusBadge } from '@/components/ui/status-badge';
import { requirePageUser } from '@/lib/auth/session';
import { getDestination } from '@/lib/core/destinations/catalog';
import { getUseCase } from '@/lib/core/use-cases/use-cases';
import { getDb } from '@/lib/data/db';
import { listTriggers } from '@/lib/data/triggers';

export default async function TriggersPage() {
  const user = await requirePageUser();
  const triggers = await listTriggers(await getDb(), user.workspaceId);
  return (
    <div className="mx-auto max-w-5xl">
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Triggers</h1>
        <div className="flex gap-2"><Link href="/triggers/import" className="rounded border border-slate-300 bg-white px-4 py-2 text-sm">Import bundle</Link><Link href="/triggers/new" className="rounded bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700">New trigger</Link></div>
      </div>
      {triggers.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-500">
          No triggers yet. Start from a use case: cart abandonment, purchase removal, winback…
        </p>
      ) : (
        <table className="w-full overflow-hidden rounded border border-slate-200 bg-white text-sm" data-testid="trigger-list">
          <thead className="bg-slate-100 text-left text-slate-600">
            <tr><th className="p-3">Name</th><th className="p-3">Use case</th><th className="p-3">Destination</th><th className="p-3">Latest</th><th className="p-3">Status</th><th className="p-3">Saved</th></tr>
          </thead>
          <tbody>
            {triggers.map((t) => (
              <tr key={t.id} className="border-t border-slate-100" data-testid="trigger-row">
                <td className="p-3"><Link className="font-medium text-indigo-700 hover:underline" href={`/triggers/${t.id}`}>{t.name}</Link></td>
                <td className="p-3">{getUseCase(t.useCase)?.label ?? t.useCase}</td>
                <td className="p-3">{getDestination(t.destination)?.label ?? t.destination}</td>
                <td className="p-3">v{t.latestVersion}</td>
                <td className="p-3"><StatusBadge status={t.status} /></td>
                <td className="p-3 text-slate-500">{formatUtc(t.updatedAt)} · {t.updatedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
