import type { Diagnostic } from '../diagnostics.ts';
import { isDestinationId, type DestinationId } from '../destinations/catalog.ts';
import { normaliseIdentifiers } from '../destinations/normalisers/normalise.ts';
import { validatePayload } from '../destinations/validate-payload.ts';
import { compileFql } from '../fql/compile.ts';
import { compareEngines } from '../fql/engines.ts';
import { explainFql } from '../fql/explain.ts';
import { lintFql } from '../fql/lint.ts';
import { parseFql } from '../fql/parse.ts';
import { runOperatorLints } from '../lint/run-operator-lints.ts';
import { compileTemplate } from '../liquid/compile-template.ts';
import { renderCompiled } from '../liquid/render-compiled.ts';
import { lintTemplate } from '../liquid/lint/lint-template.ts';
import type { Sample } from '../sample.ts';
import type { TriggerDefinition } from '../trigger/definition.ts';
import { isUseCaseId } from '../use-cases/use-cases.ts';
import { checkRenderedJson } from './check-json.ts';
import { lastKeyOfPointer, templateRangeForKey } from './locate-in-template.ts';
import type { PreviewResult, SamplePreview } from './preview-types.ts';

export type PreviewOptions = {
  /** Whether a paired removal trigger exists (audience adds without one are flagged). */
  hasRemovalPath?: boolean;
  /** Fixed clock so previews and tests are repeatable. */
  now?: Date;
  /**
   * false skips the Liquid JSON-safety and operator lints (they re-render with probes): the editor
   * runs that quick pass on every keystroke and the full pass once typing pauses.
   */
  lints?: boolean;
};

type ConditionResult = {
  diagnostics: Diagnostic[];
  verdicts: Map<string, Pick<SamplePreview, 'fires' | 'clauses' | 'ossRuntime'>>;
};

/**
 * While typing, only one of template and condition changes at a time, and samples rarely do, so the
 * condition side and the identifier table are kept from the previous run when their inputs are
 * the same strings and the same samples array.
 */
let lastCondition: { condition: string; samples: Sample[]; result: ConditionResult } | undefined;
let lastIdentifiers: { destination: string; samples: Sample[]; rows: Map<string, SamplePreview['identifiers']> } | undefined;

function evaluateCondition(condition: string, samples: Sample[]): ConditionResult {
  if (lastCondition && lastCondition.condition === condition && lastCondition.samples === samples) return lastCondition.result;
  const fql = parseFql(condition);
  const evaluate = fql.ast ? compileFql(fql.ast) : null;
  const verdicts = new Map<string, Pick<SamplePreview, 'fires' | 'clauses' | 'ossRuntime'>>();
  for (const sample of samples) {
    const fires = evaluate ? evaluate(sample.message) : null;
    const explanation = fql.ast ? explainFql(fql.ast, sample.message) : null;
    const engines = fql.ast ? compareEngines(condition, sample.message) : null;
    verdicts.set(sample.id, {
      fires,
      clauses: explanation?.clauses.map((c) => ({ text: c.text, result: c.result, reason: c.reason })) ?? [],
      ossRuntime: engines && engines.ossRuntime !== fires ? engines.ossRuntime : undefined,
    });
  }
  const result = { diagnostics: [...fql.diagnostics, ...lintFql(condition, fql.ast, samples.map((s) => s.message))], verdicts };
  lastCondition = { condition, samples, result };
  return result;
}

function identifierRows(destination: DestinationId | undefined, samples: Sample[]): Map<string, SamplePreview['identifiers']> {
  if (!destination) return new Map();
  if (lastIdentifiers && lastIdentifiers.destination === destination && lastIdentifiers.samples === samples) return lastIdentifiers.rows;
  const rows = new Map(samples.map((s) => [s.id, normaliseIdentifiers(destination, s.customer)]));
  lastIdentifiers = { destination, samples, rows };
  return rows;
}

const utf8 = new TextEncoder();

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}|${d.sampleId ?? ''}|${d.message}|${d.range?.startLine ?? ''}:${d.range?.startColumn ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Schema and destination findings point at the template line that writes the offending key. */
function placeInTemplate(d: Diagnostic, template: string, sample: Sample): Diagnostic {
  const range = d.range ?? (d.path ? templateRangeForKey(template, lastKeyOfPointer(d.path)) : undefined);
  return { ...d, target: 'template', range, sampleId: sample.id, message: `Sample "${sample.name}": ${d.message}` };
}

/**
 * The whole live preview: condition (parse, verdict per sample, lints), payload (render per
 * sample, JSON parse, destination schema and checks, normalised identifiers) and the Liquid and
 * operator lints. Pure and synchronous: the browser runs it while typing, the server and CLI
 * run the same code.
 */
export function runPreview(def: TriggerDefinition, options: PreviewOptions = {}): PreviewResult {
  const destination: DestinationId | undefined = isDestinationId(def.destination) ? def.destination : undefined;
  const renderOptions = { dialect: def.dialect, triggerKind: def.triggerKind, now: options.now };

  const condition = evaluateCondition(def.condition, def.samples);
  const identifiers = identifierRows(destination, def.samples);
  const withLints = options.lints ?? true;

  const { compiled, diagnostics: compileDiagnostics } = compileTemplate(def.template, renderOptions);
  const rendered: Array<{ sampleId: string; text: string | null; value?: unknown; rerenderText?: string | null }> = [];
  // A template that hits a render limit (runaway loop, huge output) would hit it again for every
  // sample and in the lint pass: stop after the first, so one preview pass stays bounded.
  let stoppedBy: string | undefined;

  const samples: SamplePreview[] = def.samples.map((sample) => {
    const diagnostics: Diagnostic[] = [];
    let text: string | null = null;
    let payload: unknown;
    if (compiled && stoppedBy) {
      diagnostics.push({ source: 'liquid', code: 'liquid/limit', severity: 'error', target: 'template', sampleId: sample.id,
        message: `Sample "${sample.name}" was not rendered: the template already hit a render limit for sample "${stoppedBy}".` });
    } else if (compiled) {
      const result = renderCompiled(compiled, sample);
      diagnostics.push(...result.diagnostics);
      if (result.diagnostics.some((d) => d.code === 'liquid/limit')) stoppedBy = sample.name;
      text = result.text;
      if (text !== null) {
        const json = checkRenderedJson(text, def.template, sample);
        if (json.ok) {
          payload = json.value;
          if (destination) diagnostics.push(...validatePayload(destination, payload, text, { now: options.now?.getTime() }).map((d) => placeInTemplate(d, def.template, sample)));
        } else {
          diagnostics.push(json.diagnostic);
        }
      }
      if (withLints && !stoppedBy) rendered.push({ sampleId: sample.id, text, value: payload, rerenderText: text === null ? null : renderCompiled(compiled, sample).text });
    }
    return {
      sampleId: sample.id,
      sampleName: sample.name,
      ...condition.verdicts.get(sample.id)!,
      rendered: text,
      payload,
      payloadBytes: text === null ? 0 : utf8.encode(text).length,
      identifiers: identifiers.get(sample.id) ?? [],
      diagnostics,
    };
  });

  const lintable = withLints && !stoppedBy;
  const templateLints = lintable ? lintTemplate(def.template, compiled, def.samples, renderOptions) : [];
  const operatorLints =
    lintable && destination && isUseCaseId(def.useCase)
      ? runOperatorLints({
          template: def.template,
          condition: def.condition,
          destinationId: destination,
          useCaseId: def.useCase,
          samples: def.samples,
          rendered,
          hasRemovalPath: options.hasRemovalPath ?? false,
        })
      : [];

  const sampleDiagnostics = samples.flatMap((s) => s.diagnostics);
  const all = dedupe([...compileDiagnostics, ...templateLints, ...operatorLints, ...condition.diagnostics, ...sampleDiagnostics]);
  return {
    samples,
    diagnostics: all,
    templateDiagnostics: all.filter((d) => d.target !== 'condition'),
    conditionDiagnostics: all.filter((d) => d.target === 'condition'),
  };
}
