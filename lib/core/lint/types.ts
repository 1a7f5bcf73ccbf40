import type { Diagnostic } from '../diagnostics.ts';
import type { Destination, DestinationId } from '../destinations/catalog.ts';
import type { Sample } from '../sample.ts';
import type { UseCase, UseCaseId } from '../use-cases/use-case-types.ts';

export type RenderedSample = {
  sampleId: string;
  /** Rendered text; null when the render failed. */
  text: string | null;
  /** Parsed JSON when the caller already has it. */
  value?: unknown;
  /** A second render of the same sample, to prove the dedupe key is deterministic. */
  rerenderText?: string | null;
};

export type OperatorLintInput = {
  template: string;
  condition: string;
  destinationId: DestinationId;
  useCaseId: UseCaseId;
  samples: Sample[];
  rendered: RenderedSample[];
  hasRemovalPath: boolean;
};

/** A render that parsed as JSON. */
export type ParsedRender = { sampleId: string; text: string; value: unknown; rerender?: unknown };

export type LintContext = OperatorLintInput & {
  destination: Destination | undefined;
  useCase: UseCase | undefined;
  parsed: ParsedRender[];
  /** Samples the condition fires for; undefined when the condition does not parse. */
  firing?: ReadonlySet<string>;
};

export type OperatorLintRule = { code: string; run: (ctx: LintContext) => Diagnostic[] };
