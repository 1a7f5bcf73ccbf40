import { getUseCase } from '../../use-cases/use-cases.ts';
import type { OperatorLintRule } from '../types.ts';

/**
 * Seed: "No removal logic" is the top operational mistake: people added to a retargeting
 * audience must be removed on purchase/reactivation, or spend keeps targeting converted buyers.
 */
export const removalPathRule: OperatorLintRule = {
  code: 'lint/removal-path',
  run(ctx) {
    if (ctx.useCase?.audienceAction !== 'add' || ctx.hasRemovalPath) return [];
    if (ctx.destination && ctx.destination.kind !== 'ads_audience') return [];
    const pair = ctx.useCase.pairedUseCase ? getUseCase(ctx.useCase.pairedUseCase) : undefined;
    const how = pair ? `Create the paired "${pair.label}" trigger` : 'Add a trigger that removes people (on purchase, refund or unsubscribe)';
    return [{
      source: 'lint', code: 'lint/removal-path', severity: 'warning',
      message: `This trigger adds people to an audience but has no removal path: they will keep being targeted after they convert. ${how} for the same audience.`,
    }];
  },
};
