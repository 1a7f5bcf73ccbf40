import { DesignerLoader } from '@/components/designer/designer-loader';
import { requirePageUser } from '@/lib/auth/session';
import { getDestination } from '@/lib/core/destinations/catalog';
import { getUseCase } from '@/lib/core/use-cases/use-cases';
import { getDb } from '@/lib/data/db';
import { orNotFound } from '@/lib/page-helpers';
import { getTrigger, getVersion } from '@/lib/data/triggers';
import { loadLineNotes } from '@/lib/data/review-comments';

export default async function TriggerPage({ params }: Readonly<{ params: Promise<{ triggerId: string }> }>) {
  const user = await requirePageUser();
  const { triggerId } = await params;
  const db = await getDb();
  const trigger = await orNotFound(getTrigger(db, user.workspaceId, triggerId));
  const version = await orNotFound(getVersion(db, user.workspaceId, triggerId, trigger.latestVersion));
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
      readOnly={false}
      lineNotes={await loadLineNotes(db, triggerId)}
    />
  );
}
