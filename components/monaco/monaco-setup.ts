'use client';
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import type { Diagnostic } from '@/lib/core/diagnostics';

/**
 * Monaco comes from our own bundle (never a CDN) and runs its worker from /monaco/editor.worker.js,
 * copied there from the monaco-editor package by scripts/copy-monaco-worker.mjs.
 */
let configured = false;

export type Monaco = typeof monaco;

export function setupMonaco(): Monaco {
  if (configured) return monaco;
  configured = true;
  (self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
    getWorker: () => new Worker('/monaco/editor.worker.js', { name: 'editorWorkerService' }),
  };
  loader.config({ monaco });
  return monaco;
}

const SEVERITY = { error: 8, warning: 4, info: 2 } as const;

/** Diagnostic -> Monaco marker; quick fixes ride along in `code` so the code action provider can find them. */
export function toMarkers(diagnostics: readonly Diagnostic[], model: monaco.editor.ITextModel): monaco.editor.IMarkerData[] {
  const lastLine = model.getLineCount();
  return diagnostics
    .filter((d) => d.range)
    .map((d) => {
      const r = d.range!;
      const startLine = Math.min(Math.max(1, r.startLine), lastLine);
      const endLine = Math.min(Math.max(startLine, r.endLine), lastLine);
      const startColumn = Math.max(1, r.startColumn);
      const endColumn = endLine === startLine && r.endColumn <= startColumn ? model.getLineMaxColumn(startLine) : Math.max(1, r.endColumn);
      return {
        severity: SEVERITY[d.severity],
        message: d.message,
        source: d.source,
        code: d.code,
        startLineNumber: startLine,
        startColumn,
        endLineNumber: endLine,
        endColumn,
      };
    });
}
