import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExportPanel } from '@/components/export/export-panel';
import { StatusBadge } from '@/components/ui/status-badge';
import { requirePageUser } from '@/lib/auth/session';
import { buildCopyAll } from '@/lib/core/export/copy-all';
import { buildJourneysExport } from '@/lib/core/export/journeys-export';
import { buildPipelinesExport } from '@/lib/core/export/pipelines-export';
import { getDb } from '@/lib/data/db';
import { loadExportInput } from '@/lib/data/exports';
import { orNotFound } from '@/lib/page-helpers';
import { parseVersionParam } from '@/lib/version-param';

/** Export of one version: copyable as final only once approved; drafts show a marked preview. */
export default async function ExportPage({ params }: Readonly<{ params: Promise<{ triggerId: string; version: string }> }>) {
  const user = await requirePageUser();
  const { triggerId, version: raw } = await params;
  const version = parseVersionParam(raw);
  if (version === null) notFound();
  const input = await orNotFound(loadExportInput(await getDb(), user.workspaceId, triggerId, version));
  const journeys = buildJourneysExport(input);
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">Export: {input.trigger.name}</h1>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">v{version}</span>
        <StatusBadge status={input.version.status} />
        <Link href={`/triggers/${triggerId}/versions/${version}`} className="text-sm text-indigo-700 hover:underline">Open version</Link>
        <a href={`/api/triggers/${triggerId}/versions/${version}/bundle`} data-testid="download-bundle" className="ml-auto rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50">Download bundle (.json)</a>
      </div>
      {!journeys.isFinal && (
        <p data-testid="unapproved-banner" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          UNAPPROVED PREVIEW — version {version} is {input.version.status.replace('_', ' ')}. Copying is enabled once a reviewer approves it.
        </p>
      )}
      <p className="font-mono text-xs text-slate-500" data-testid="content-hash">content hash {input.version.contentHash}</p>
      <ExportPanel triggerId={triggerId} version={version} journeys={journeys} pipelines={buildPipelinesExport(input)} copyAll={buildCopyAll(input)} />
    </div>
  );
}
