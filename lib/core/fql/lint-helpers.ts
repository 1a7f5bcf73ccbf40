import type { Diagnostic, QuickFix, Range, Severity } from '../diagnostics.ts';

export function finding(code: string, severity: Severity, range: Range | undefined, message: string, fixes?: QuickFix[]): Diagnostic {
  return {
    source: 'lint',
    code,
    severity,
    target: 'condition',
    ...(range ? { range } : {}),
    message,
    ...(fixes && fixes.length > 0 ? { fixes } : {}),
  };
}

export function replaceFix(title: string, range: Range, text: string): QuickFix {
  return { title, edits: [{ range, text }] };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function sampleList(indexes: number[]): string {
  const shown = indexes.slice(0, 5).map((i) => i + 1);
  return `sample${indexes.length === 1 ? '' : 's'} ${shown.join(', ')}${indexes.length > 5 ? ', ...' : ''}`;
}
