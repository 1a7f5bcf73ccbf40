import { notFound } from 'next/navigation';
import { DesignerLoader } from '@/components/designer/designer-loader';
import { requirePageUser } from '@/lib/auth/session';
import { getDestination } from '@/lib/core/destinations/catalog';
import { getUseCase } from '@/lib/core/use-cases/use-cases';
import { getDb } from '@/lib/data/db';
import { orNotFound } from '@/lib/page-helpers';
import { getTrigger, getVersion } from '@/lib/data/triggers';

/** Any saved version, opened read-only: versions are immutable. */
export default async function VersionPage({ params }: Readonly<{ params: Promise<{ triggerId: string; version: string }> }>) {
  const user = await requirePageUser();
  const { triggerId, version: raw } = await params;
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 1) notFound();
  const db = await getDb();
  const trigger = await orNotFound(getTrigger(db, user.workspaceId, triggerId));
  const version = await orNotFound(getVersion(db, user.workspaceId, triggerId, number));
  return (
    <DesignerLoader
      trigger={{
        id: trigger.id,
        name: trigger.name,
        useCaseLabel: getUseCase(trigger.useCase)?.label ?? trigger.useCase,
        destinationLabel: getDestination(trigger.destination)?.label ?? trigger.destination,
        latestVersion: trigger.latestVersion,
        paired: trigger.paired ? { id: trigger.paired.id, name: trigger.paired.name } : null,
      }}
      version={version}
      readOnly
    />
  );
}
