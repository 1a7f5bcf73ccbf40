import type { Diagnostic } from '../diagnostics.ts';

export type IdentifierRow = {
  field: string;
  raw: unknown;
  normalised: string | null;
  hashed: string | null;
  normaliser: string;
  note?: string;
};

export type ClauseVerdict = { text: string; result: boolean; reason?: string };

export type SamplePreview = {
  sampleId: string;
  sampleName: string;
  /** null when the condition does not parse: nothing would be sent (Customer.io fails closed). */
  fires: boolean | null;
  clauses: ClauseVerdict[];
  /** Answer of the open-source Actions runtime when it differs from the documented engine. */
  ossRuntime?: boolean | 'unparseable';
  rendered: string | null;
  /** Parsed payload when the rendered text is valid JSON. */
  payload?: unknown;
  payloadBytes: number;
  identifiers: IdentifierRow[];
  diagnostics: Diagnostic[];
};

export type PreviewResult = {
  samples: SamplePreview[];
  /** Everything, template and condition, sample-specific or not, de-duplicated. */
  diagnostics: Diagnostic[];
  templateDiagnostics: Diagnostic[];
  conditionDiagnostics: Diagnostic[];
};
