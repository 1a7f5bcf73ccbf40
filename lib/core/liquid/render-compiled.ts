/**
 * Render a compiled template against one sample (or a hand-written Liquid context) with the
 * Customer.io "latest"/"legacy" behaviour chosen at compile time. Sync, so the live preview can
 * render every sample on each keystroke.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { JsonObject, Sample } from '../sample.ts';
import { buildLiquidContext, restrictContextToKind } from './build-liquid-context.ts';
import { liquidErrorToDiagnostic } from './errors-to-diagnostics.ts';
import { LIMITS } from './limits.ts';
import { missesToDiagnostics } from './missing-variables.ts';
import { PreviewContext } from './render-state.ts';
import type { RenderState } from './render-state.ts';
import type { CompiledTemplate, RenderResult } from './types.ts';

type SampleLabel = { id?: string; label: string };

function run(compiled: CompiledTemplate, context: Record<string, unknown>, sample: SampleLabel): RenderResult {
  const { engine, options } = compiled;
  const state: RenderState = {
    dialect: options.dialect,
    nowMs: options.now?.getTime() ?? Date.now(),
    refs: compiled.refs,
    misses: new Map(),
    uuidCounter: 0,
    renderLiquidDepth: 0,
  };
  const withSample = (d: Diagnostic): Diagnostic => (sample.id !== undefined ? { ...d, sampleId: sample.id } : d);
  let text: string;
  try {
    text = engine.renderSync(compiled.templates, new PreviewContext(context, engine, state));
  } catch (error) {
    const names = { filters: Object.keys(engine.filters), tags: Object.keys(engine.tags) };
    const d = liquidErrorToDiagnostic(compiled.source, error, 'render', names);
    return { text: null, diagnostics: [withSample({ ...d, message: `${d.message} (${sample.label})` })] };
  }
  if (text.length > LIMITS.maxOutputChars) {
    const message = `Rendered text is ${text.length} characters for ${sample.label}; the limit is ${LIMITS.maxOutputChars}`;
    return { text: null, diagnostics: [withSample({ source: 'liquid', code: 'liquid/limit', severity: 'error', target: 'template', message })] };
  }
  return { text, diagnostics: missesToDiagnostics(state.misses.values(), context, options.triggerKind, sample) };
}

export function renderCompiled(compiled: CompiledTemplate, sample: Sample): RenderResult {
  const context = buildLiquidContext(sample, compiled.options.triggerKind);
  return run(compiled, context, { id: sample.id, label: `sample "${sample.name || sample.id}"` });
}

/** Render a bare Liquid context ({customer, event, trigger, ...}); objects the trigger kind lacks are dropped. */
export function renderCompiledContext(compiled: CompiledTemplate, context: JsonObject, sampleId?: string): RenderResult {
  const scoped = restrictContextToKind(context, compiled.options.triggerKind);
  return run(compiled, scoped, { id: sampleId, label: sampleId ? `sample "${sampleId}"` : 'the context' });
}
