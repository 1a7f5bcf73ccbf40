/**
 * `trigger-studio check <bundle.json> [--removal-path]`
 * Runs the same checks as the live preview over the bundle's samples: condition parse + lints,
 * render per sample, JSON parse, destination schema and checks, Liquid and operator lints.
 * Prints `<target>:<line>:<column>: <severity> <code>: <message> [sample]` per finding.
 * Exit 1 when a finding is an error, 0 otherwise, 2 on bad usage or an unreadable/invalid bundle.
 */
import { readFileSync } from 'node:fs';
import { parseBundle, type Bundle } from '../core/bundle/bundle.ts';
import { isDestinationId } from '../core/destinations/catalog.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { runPreview } from '../core/preview/run-preview.ts';
import type { LiquidDialect, Sample, TriggerKind } from '../core/sample.ts';
import type { TriggerDefinition } from '../core/trigger/definition.ts';
import { getUseCase } from '../core/use-cases/use-cases.ts';

const USAGE = `usage: trigger-studio check <bundle.json> [--removal-path]
  --removal-path   a paired removal trigger exists (silences the missing-removal-path lint)`;

const KINDS: readonly TriggerKind[] = ['person', 'event', 'webhook', 'object'];

type Options = { file: string; hasRemovalPath: boolean };

function parseArgs(args: string[]): Options | string {
  let file: string | undefined;
  let hasRemovalPath = false;
  for (const a of args) {
    if (a === '--removal-path') hasRemovalPath = true;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (file === undefined) file = a;
    else return `unexpected argument ${JSON.stringify(a)}: check takes one bundle file`;
  }
  return file === undefined ? 'missing the bundle file' : { file, hasRemovalPath };
}

/** Settings may carry triggerKind/dialect (they are part of the hashed content). */
function toDefinition(bundle: Bundle): TriggerDefinition {
  const { settings } = bundle.version;
  const kind = settings.triggerKind as TriggerKind;
  return {
    useCase: bundle.trigger.useCase,
    destination: bundle.trigger.destination,
    triggerKind: KINDS.includes(kind) ? kind : (getUseCase(bundle.trigger.useCase)?.triggerKind ?? 'event'),
    dialect: (settings.dialect === 'legacy' ? 'legacy' : 'latest') as LiquidDialect,
    template: bundle.version.template,
    condition: bundle.version.condition,
    samples: bundle.version.samples as Sample[],
    settings: {
      url: settings.url ?? '',
      method: (['POST', 'PUT', 'DELETE', 'PATCH'].includes(String(settings.method).toUpperCase()) ? String(settings.method).toUpperCase() : 'POST') as 'POST',
      headers: settings.headers ?? [],
    },
  };
}

export function formatFinding(d: Diagnostic): string {
  const where = d.range ? `${d.target ?? 'trigger'}:${d.range.startLine}:${d.range.startColumn}` : `${d.target ?? 'trigger'}`;
  const sample = d.sampleId ? ` [${d.sampleId}]` : '';
  return `${where}: ${d.severity} ${d.code}: ${d.message.replace(/\s*\n\s*/g, ' ')}${sample}`;
}

const TARGET_ORDER: Record<string, number> = { condition: 0, template: 1 };

function byPlace(a: Diagnostic, b: Diagnostic): number {
  return (TARGET_ORDER[a.target ?? ''] ?? 2) - (TARGET_ORDER[b.target ?? ''] ?? 2)
    || (a.range?.startLine ?? 0) - (b.range?.startLine ?? 0)
    || (a.range?.startColumn ?? 0) - (b.range?.startColumn ?? 0);
}

export async function checkCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    process.stderr.write(`trigger-studio check: ${opts}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(opts.file, 'utf8');
  } catch (e) {
    process.stderr.write(`trigger-studio check: cannot read ${opts.file}: ${(e as Error).message}\n`);
    return 2;
  }
  const parsed = parseBundle(text);
  if ('diagnostics' in parsed) {
    for (const d of parsed.diagnostics) {
      const at = d.range ? `:${d.range.startLine}:${d.range.startColumn}` : '';
      process.stderr.write(`${opts.file}${at}: ${d.severity} ${d.code}: ${d.message}\n`);
    }
    return 2;
  }
  const { bundle } = parsed;
  const findings: Diagnostic[] = [];
  if (!isDestinationId(bundle.trigger.destination)) {
    findings.push({ source: 'destination', code: 'destination/unknown', severity: 'error',
      message: `Unknown destination "${bundle.trigger.destination}": the payload cannot be checked against a contract.` });
  }
  findings.push(...runPreview(toDefinition(bundle), { hasRemovalPath: opts.hasRemovalPath }).diagnostics);
  findings.sort(byPlace);
  for (const d of findings) process.stdout.write(`${formatFinding(d)}\n`);
  const count = (s: string) => findings.filter((d) => d.severity === s).length;
  const errors = count('error');
  process.stdout.write(`${bundle.trigger.id} v${bundle.version.number}: ${errors} error(s), ${count('warning')} warning(s), ${count('info')} info across ${bundle.version.samples.length} sample(s)\n`);
  return errors > 0 ? 1 : 0;
}
