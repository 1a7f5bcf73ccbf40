/**
 * `trigger-studio render <template-file> --context <file|-> [--dialect latest|legacy]
 *  [--trigger-kind person|event|webhook|object]`: renders a Liquid payload like Customer.io would.
 * Prints the rendered text on stdout; diagnostics go to stderr as `line:column: message`.
 * Exit 0 when rendered without errors, 2 on any error (syntax, render, bad input).
 */
import { readInput as readFile } from './cli-io.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { inferTriggerKind } from '../core/liquid/build-liquid-context.ts';
import { compileTemplate } from '../core/liquid/compile-template.ts';
import { renderCompiled, renderCompiledContext } from '../core/liquid/render-compiled.ts';
import type { JsonObject, LiquidDialect, Sample, TriggerKind } from '../core/sample.ts';
import { isJsonObject } from '../core/sample.ts';

const USAGE = 'usage: trigger-studio render <template-file> --context <file|-> [--dialect latest|legacy] [--trigger-kind person|event|webhook|object]';
const DIALECTS: LiquidDialect[] = ['latest', 'legacy'];
const KINDS: TriggerKind[] = ['person', 'event', 'webhook', 'object'];

type Args = { templateFile: string; contextFile: string; dialect: LiquidDialect; triggerKind?: TriggerKind };

class UsageError extends Error {}

function parseArgs(args: string[]): Args {
  let templateFile: string | undefined;
  let contextFile: string | undefined;
  let dialect: LiquidDialect = 'latest';
  let triggerKind: TriggerKind | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--context') contextFile = value();
    else if (arg === '--dialect') {
      const v = value();
      if (!DIALECTS.includes(v as LiquidDialect)) throw new UsageError(`--dialect must be one of ${DIALECTS.join(', ')}`);
      dialect = v as LiquidDialect;
    } else if (arg === '--trigger-kind') {
      const v = value();
      if (!KINDS.includes(v as TriggerKind)) throw new UsageError(`--trigger-kind must be one of ${KINDS.join(', ')}`);
      triggerKind = v as TriggerKind;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (templateFile === undefined) templateFile = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (!templateFile) throw new UsageError('missing <template-file>');
  if (!contextFile) throw new UsageError('missing --context <file|->');
  return { templateFile, contextFile, dialect, triggerKind };
}

function readInput(file: string, what: string): string {
  try {
    return readFile(file);
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${file}: ${(e as Error).message}`);
  }
}

function isSample(value: JsonObject): boolean {
  return isJsonObject(value.message) && ('id' in value || 'name' in value);
}

function sampleKind(sample: Sample): TriggerKind {
  if (sample.trigger) return 'webhook';
  return sample.message.type === 'track' ? 'event' : 'person';
}

function format(d: Diagnostic): string {
  const at = d.range ? `${d.range.startLine}:${d.range.startColumn}: ` : '';
  return `${at}${d.severity === 'error' ? '' : `${d.severity}: `}${d.message}`;
}

export async function renderCommand(args: string[]): Promise<number> {
  try {
    const a = parseArgs(args);
    const template = readInput(a.templateFile, 'template');
    let context: unknown;
    try {
      context = JSON.parse(readInput(a.contextFile, 'context'));
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`--context is not valid JSON: ${(e as Error).message}`);
    }
    if (!isJsonObject(context)) throw new UsageError('--context must hold a JSON object ({"customer": {...}, "event": {...}} or a Sample)');
    const sample = isSample(context) ? ({ id: 'cli', name: 'cli', customer: {}, ...context } as unknown as Sample) : undefined;
    const triggerKind = a.triggerKind ?? (sample ? sampleKind(sample) : inferTriggerKind(context));
    const { compiled, diagnostics } = compileTemplate(template, { dialect: a.dialect, triggerKind });
    const rendered = compiled ? (sample ? renderCompiled(compiled, sample) : renderCompiledContext(compiled, context)) : null;
    const all = [...diagnostics, ...(rendered?.diagnostics ?? [])];
    for (const d of all) process.stderr.write(`${format(d)}\n`);
    if (rendered?.text != null) process.stdout.write(rendered.text);
    return all.some((d) => d.severity === 'error') || rendered?.text == null ? 2 : 0;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    return 2;
  }
}
