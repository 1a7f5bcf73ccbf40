import { getDestination, requestMethod, type DestinationId } from '../destinations/catalog.ts';
import { getUseCase } from './use-cases.ts';
import type { UseCaseId } from './use-case-types.ts';

export type StarterSettings = {
  url: string;
  method: 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  headers: Array<{ name: string; value: string; secret?: boolean }>;
};

/**
 * Request settings for a new trigger: the destination's URL template and headers, and the
 * method for the use case's audience action (Meta Custom Audience removes with DELETE).
 */
export function starterSettings(useCaseId: UseCaseId, destinationId: DestinationId): StarterSettings {
  const destination = getDestination(destinationId);
  const useCase = getUseCase(useCaseId);
  if (!destination) return { url: '', method: 'POST', headers: [] };
  const operation = useCase?.audienceAction === 'remove' ? 'remove' : 'add';
  return {
    url: destination.urlTemplate,
    method: requestMethod(destinationId, operation),
    headers: destination.headers.map((h) => ({ ...h })),
  };
}
