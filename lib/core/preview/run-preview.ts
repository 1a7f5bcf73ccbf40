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
};

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

  const fql = parseFql(def.condition);
  const evaluate = fql.ast ? compileFql(fql.ast) : null;
  const messages = def.samples.map((s) => s.message);
  const conditionDiagnostics = [...fql.diagnostics, ...lintFql(def.condition, fql.ast, messages)];

  const { compiled, diagnostics: compileDiagnostics } = compileTemplate(def.template, renderOptions);
  const rendered: Array<{ sampleId: string; text: string | null; value?: unknown; rerenderText?: string | null }> = [];

  const samples: SamplePreview[] = def.samples.map((sample) => {
    const diagnostics: Diagnostic[] = [];
    let text: string | null = null;
    let payload: unknown;
    if (compiled) {
      const result = renderCompiled(compiled, sample);
      diagnostics.push(...result.diagnostics);
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
      rendered.push({ sampleId: sample.id, text, value: payload, rerenderText: text === null ? null : renderCompiled(compiled, sample).text });
    }
    const explanation = fql.ast && evaluate ? explainFql(fql.ast, sample.message) : null;
    const engines = fql.ast ? compareEngines(def.condition, sample.message) : null;
    const fires = evaluate ? evaluate(sample.message) : null;
    return {
      sampleId: sample.id,
      sampleName: sample.name,
      fires,
      clauses: explanation?.clauses.map((c) => ({ text: c.text, result: c.result, reason: c.reason })) ?? [],
      ossRuntime: engines && engines.ossRuntime !== fires ? engines.ossRuntime : undefined,
      rendered: text,
      payload,
      payloadBytes: text === null ? 0 : utf8.encode(text).length,
      identifiers: destination ? normaliseIdentifiers(destination, sample.customer) : [],
      diagnostics,
    };
  });

  const templateLints = lintTemplate(def.template, compiled, def.samples, renderOptions);
  const operatorLints =
    destination && isUseCaseId(def.useCase)
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
  const all = dedupe([...compileDiagnostics, ...templateLints, ...operatorLints, ...conditionDiagnostics, ...sampleDiagnostics]);
  return {
    samples,
    diagnostics: all,
    templateDiagnostics: all.filter((d) => d.target !== 'condition'),
    conditionDiagnostics: all.filter((d) => d.target === 'condition'),
  };
}
