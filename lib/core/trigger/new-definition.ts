import type { DestinationId } from '../destinations/catalog.ts';
import { starterSamples } from '../use-cases/starter-samples.ts';
import { starterSettings } from '../use-cases/starter-settings.ts';
import { starterTemplate } from '../use-cases/starter-templates.ts';
import { getUseCase } from '../use-cases/use-cases.ts';
import type { UseCaseId } from '../use-cases/use-case-types.ts';
import type { TriggerDefinition } from './definition.ts';

/** The starting point of a new trigger: the use case's condition, samples and a starter payload. */
export function newDefinition(useCaseId: UseCaseId, destinationId: DestinationId): TriggerDefinition {
  const useCase = getUseCase(useCaseId);
  if (!useCase) throw new Error(`unknown use case ${useCaseId}`);
  return {
    useCase: useCaseId,
    destination: destinationId,
    triggerKind: useCase.triggerKind,
    dialect: 'latest',
    template: starterTemplate(useCaseId, destinationId),
    condition: useCase.defaultCondition,
    samples: starterSamples(useCaseId),
    settings: starterSettings(useCaseId, destinationId),
  };
}
