/** Building blocks shared by the JSON-safety lint rules. */
import type { Diagnostic, QuickFix, TextEdit } from '../../diagnostics.ts';
import type { Sample } from '../../sample.ts';
import type { Probe, ProbedOutput } from './probe.ts';

export type LintRule = (probe: Probe) => Diagnostic[];

export const sampleLabel = (s: Sample) => `sample "${s.name || s.id}"`;

export function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function edit(probe: Probe, begin: number, end: number, text: string): TextEdit {
  return { range: probe.range(begin, Math.max(begin, end)), text };
}

/** Zero-width insertion: Range end = start. */
export function insert(probe: Probe, at: number, text: string): TextEdit {
  const r = probe.range(at, at + 1);
  return { range: { ...r, endLine: r.startLine, endColumn: r.startColumn }, text };
}

export function finding(
  probe: Probe,
  code: string,
  at: { begin: number; end: number },
  message: string,
  sample: Sample,
  fix?: QuickFix,
): Diagnostic {
  return {
    source: 'lint',
    code,
    severity: 'warning',
    target: 'template',
    range: probe.range(at.begin, at.end),
    message,
    sampleId: sample.id,
    ...(fix ? { fixes: [fix] } : {}),
  };
}

/** First run where `test` holds, so each finding names the sample that shows it. */
export function firstRun<T>(output: ProbedOutput, test: (run: ProbedOutput['runs'][number]) => T | undefined) {
  for (const run of output.runs) {
    const hit = test(run);
    if (hit !== undefined && hit !== false) return { run, hit };
  }
  return undefined;
}

/** `{{ a | b }}` rewritten, without the JSON quotes around it when it had them. */
export function replaceOutput(probe: Probe, output: ProbedOutput, content: string): TextEdit {
  const begin = output.isQuoted ? output.begin - 1 : output.begin;
  const end = output.isQuoted ? output.end + 1 : output.end;
  return edit(probe, begin, end, `{{ ${content} }}`);
}

export const filterIndex = (output: ProbedOutput, names: string[]) => output.filters.findIndex((f) => names.includes(f.name));

/** Offset of the `|` (and the blanks before it) that introduces the filter starting at `nameBegin`. */
export function pipeBefore(source: string, nameBegin: number): number {
  let at = source.lastIndexOf('|', nameBegin);
  if (at < 0) return nameBegin;
  while (at > 0 && /\s/.test(source[at - 1])) at--;
  return at;
}
