import { runPreview } from '../core/preview/run-preview.ts';
import type { TriggerDefinition } from '../core/trigger/definition.ts';
import { AppError } from '../errors.ts';

/**
 * A version whose preview has errors (invalid JSON for a sample, schema violations, Liquid or
 * condition errors) cannot be submitted or approved: the server runs the same checks the editor
 * shows, so what is approved is what `trigger-studio check` accepts.
 */
export function assertNoBlockingErrors(def: TriggerDefinition, version: number, step: 'submitted' | 'approved'): void {
  const errors = runPreview(def).diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const first = errors[0];
  const where = first.range ? ` (${first.target ?? 'template'} line ${first.range.startLine})` : '';
  throw new AppError(
    'INVALID_TRANSITION',
    `Version ${version} has ${errors.length} error${errors.length > 1 ? 's' : ''} and cannot be ${step}. First: ${first.message}${where}. Fix them and save a new version.`,
  );
}
