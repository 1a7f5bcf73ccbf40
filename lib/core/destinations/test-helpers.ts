/** Shared helpers for the per-destination contract tests (not a test file itself). */
import type { Diagnostic } from '../diagnostics.ts';
import type { DestinationId } from './catalog.ts';
import { validatePayload } from './validate-payload.ts';
import { validPayloads } from './fixtures.ts';

export const NOW = Date.UTC(2025, 9, 15, 12);
export const NOW_SEC = Math.floor(NOW / 1000);

export function validExample(id: DestinationId): any {
  return structuredClone(validPayloads(NOW_SEC)[id]);
}

export function run(id: DestinationId, payload: unknown, text = JSON.stringify(payload)): Diagnostic[] {
  return validatePayload(id, payload, text, { now: NOW });
}

/** `code@path` pairs, the shape the tables below assert on. */
export function codesAt(diags: Diagnostic[]): string[] {
  return diags.map((d) => `${d.code}@${d.path}`);
}

/** The valid example for `id`, changed by `edit`. */
export function editExample(id: DestinationId, edit: (p: any) => void): any {
  const p = validExample(id);
  edit(p);
  return p;
}
