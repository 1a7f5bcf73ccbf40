import type { DestinationId } from '../destinations/catalog.ts';
import type { Sample } from '../sample.ts';
import { compileTemplate } from '../liquid/compile-template.ts';
import { renderCompiled } from '../liquid/render-compiled.ts';
import { starterSamples } from '../use-cases/starter-samples.ts';
import { starterTemplate } from '../use-cases/starter-templates.ts';
import { getUseCase, type UseCaseId } from '../use-cases/use-cases.ts';
import type { OperatorLintInput } from './types.ts';

/** Test fixture: render `template` for each sample (twice) with the app's Liquid module. */
export function lintInput(opts: {
  useCaseId?: UseCaseId;
  destinationId?: DestinationId;
  template?: string;
  condition?: string;
  samples?: Sample[];
  hasRemovalPath?: boolean;
}): OperatorLintInput {
  const useCaseId = opts.useCaseId ?? 'cart_abandonment';
  const destinationId = opts.destinationId ?? 'warehouse_events';
  const useCase = getUseCase(useCaseId)!;
  const template = opts.template ?? starterTemplate(useCaseId, destinationId);
  const samples = opts.samples ?? starterSamples(useCaseId).filter((s) => s.id !== 'non-matching');
  const { compiled } = compileTemplate(template, { dialect: 'latest', triggerKind: useCase.triggerKind });
  const render = (s: Sample) => (compiled ? renderCompiled(compiled, s).text : null);
  return {
    template,
    condition: opts.condition ?? useCase.defaultCondition,
    destinationId,
    useCaseId,
    samples,
    rendered: samples.map((s) => ({ sampleId: s.id, text: render(s), rerenderText: render(s) })),
    hasRemovalPath: opts.hasRemovalPath ?? true,
  };
}
