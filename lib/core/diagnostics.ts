/**
 * One diagnostic shape for every checker (FQL, Liquid, JSON, schema, lints, destination checks),
 * so Monaco markers, the preview panel, server actions and the CLI all read the same thing.
 * Positions are 1-based, like Monaco and like "line:column" messages.
 */
export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticSource = 'fql' | 'liquid' | 'json' | 'schema' | 'lint' | 'destination';

/** Which editor text a range points into. */
export type DiagnosticTarget = 'template' | 'condition';

export type Range = {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
};

export type TextEdit = { range: Range; text: string };

export type QuickFix = { title: string; edits: TextEdit[] };

export type Diagnostic = {
  source: DiagnosticSource;
  /** Stable machine id, e.g. "fql/parse", "liquid/unknown-filter", "lint/dedupe-key". */
  code: string;
  severity: Severity;
  message: string;
  target?: DiagnosticTarget;
  range?: Range;
  /** Sample the finding came from, when it depends on sample data. */
  sampleId?: string;
  /** JSON pointer into the rendered payload, for schema findings. */
  path?: string;
  fixes?: QuickFix[];
};

export function pointRange(line: number, column: number, length = 1): Range {
  return { startLine: line, startColumn: column, endLine: line, endColumn: column + Math.max(1, length) };
}

/** 1-based line and column of a 0-based offset in text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function rangeOfOffsets(text: string, start: number, end: number): Range {
  const a = positionAt(text, start);
  const b = positionAt(text, Math.max(start + 1, end));
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
