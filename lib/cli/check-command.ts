/**
 * `trigger-studio check <bundle.json> [--removal-path]`
 * Runs the same checks as the live preview over the bundle's samples: condition parse + lints,
 * render per sample, JSON parse, destination schema and checks, Liquid and operator lints.
 * Prints `<target>:<line>:<column>: <severity> <code>: <message> [sample]` per finding.
 * Exit 1 when a finding is an error, 0 otherwise, 2 on bad usage or an unreadable/invalid bundle.
 */

import { parseBundle } from '../core/bundle/bundle.ts';
import { isDestinationId } from '../core/destinations/catalog.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { runPreview } from '../core/preview/run-preview.ts';
import { definitionOfBundle } from '../core/trigger/version-content.ts';
import { parseCommandArgs, readInput } from './cli-io.ts';

const USAGE = `usage: trigger-studio check <bundle.json> [--removal-path]
  --removal-path   a paired removal trigger exists (silences the missing-removal-path lint)`;


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
  const opts = parseCommandArgs('check', USAGE, args, parseArgs);
  if (typeof opts === 'number') return opts;
  let text: string;
  try {
    text = readInput(opts.file);
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
  findings.push(...runPreview(definitionOfBundle(bundle), { hasRemovalPath: opts.hasRemovalPath }).diagnostics);
  findings.sort(byPlace);
  for (const d of findings) process.stdout.write(`${formatFinding(d)}\n`);
  const count = (s: string) => findings.filter((d) => d.severity === s).length;
  const errors = count('error');
  process.stdout.write(`${bundle.trigger.id} v${bundle.version.number}: ${errors} error(s), ${count('warning')} warning(s), ${count('info')} info across ${bundle.version.samples.length} sample(s)\n`);
  return errors > 0 ? 1 : 0;
}
