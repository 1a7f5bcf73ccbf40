/**
 * Turns the lookups that found nothing during a render into warnings: where, in which sample, and
 * the nearest key the sample does have ("did you mean customer.first_name?").
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { TriggerKind } from '../sample.ts';
import { KIND_SCOPED_OBJECTS, OBJECTS_BY_KIND } from './build-liquid-context.ts';
import { closest } from './did-you-mean.ts';
import type { Miss } from './render-state.ts';

function pathText(path: readonly unknown[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Paths of the context up to a few levels deep, for "it lives elsewhere" suggestions. */
function leafPaths(value: unknown, prefix: string, depth: number, out: string[]): string[] {
  if (depth > 3 || out.length > 500 || typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    leafPaths(child, path, depth + 1, out);
  }
  return out;
}

function suggestion(miss: Miss, context: Record<string, unknown>): string | undefined {
  const missing = miss.path[miss.depth];
  if (typeof missing !== 'string') return undefined;
  const guess = closest(missing, miss.siblings);
  if (guess) return pathText([...miss.path.slice(0, miss.depth), guess, ...miss.path.slice(miss.depth + 1)]);
  if (miss.depth !== miss.path.length - 1) return undefined;
  return leafPaths(context, '', 0, []).find((p) => p.endsWith(`.${missing}`));
}

/** Misses the compile step already reported (objects the trigger kind never provides). */
function isReportedAtCompile(root: string, kind: TriggerKind): boolean {
  if (!(KIND_SCOPED_OBJECTS as readonly string[]).includes(root)) return false;
  return !OBJECTS_BY_KIND[kind].includes(root) || (kind === 'webhook' && root === 'customer');
}

export function missesToDiagnostics(
  misses: Iterable<Miss>,
  context: Record<string, unknown>,
  kind: TriggerKind,
  sample: { id?: string; label: string },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const miss of misses) {
    if (miss.ref.isGuarded || isReportedAtCompile(miss.ref.root, kind)) continue;
    const guess = suggestion(miss, context);
    const times = miss.count > 1 ? ` (${miss.count} times)` : '';
    out.push({
      source: 'liquid',
      code: 'liquid/missing-variable',
      severity: 'warning',
      target: 'template',
      range: miss.ref.range,
      message: `${miss.ref.text} is missing in ${sample.label} and renders ""${times}${guess ? `; did you mean ${guess}?` : ''}`,
      ...(sample.id !== undefined ? { sampleId: sample.id } : {}),
    });
  }
  return out;
}
