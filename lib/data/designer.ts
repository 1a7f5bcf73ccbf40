import { getDestination } from '../core/destinations/catalog.ts';
import { getUseCase } from '../core/use-cases/use-cases.ts';
import type { Db } from './db.ts';
import { getTrigger, getVersion } from './triggers.ts';

/** What the designer page needs for one version (the latest when `version` is omitted). */
export async function loadDesigner(db: Db, workspaceId: string, triggerId: string, version?: number) {
  const trigger = await getTrigger(db, workspaceId, triggerId);
  return {
    trigger: {
      id: trigger.id,
      name: trigger.name,
      useCaseLabel: getUseCase(trigger.useCase)?.label ?? trigger.useCase,
      destinationLabel: getDestination(trigger.destination)?.label ?? trigger.destination,
      latestVersion: trigger.latestVersion,
      paired: trigger.paired ? { id: trigger.paired.id, name: trigger.paired.name } : null,
    },
    version: await getVersion(db, workspaceId, triggerId, version ?? trigger.latestVersion),
  };
}
