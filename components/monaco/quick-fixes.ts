'use client';
import type { Diagnostic } from '@/lib/core/diagnostics';
import type { Monaco } from './monaco-setup';

type Model = ReturnType<Monaco['editor']['createModel']>;

/** Quick fixes per model, looked up by the one code action provider registered per language. */
const fixesByModel = new WeakMap<Model, readonly Diagnostic[]>();
const registeredLanguages = new Set<string>();

export function registerQuickFixes(monaco: Monaco, model: Model, diagnostics: readonly Diagnostic[]) {
  fixesByModel.set(model, diagnostics);
  const language = model.getLanguageId();
  if (registeredLanguages.has(language)) return;
  registeredLanguages.add(language);
  monaco.languages.registerCodeActionProvider(language, {
    provideCodeActions(m: Model, range: { startLineNumber: number; endLineNumber: number }) {
      const actions = (fixesByModel.get(m) ?? [])
        .filter((d) => d.fixes?.length && d.range && d.range.startLine <= range.endLineNumber && d.range.endLine >= range.startLineNumber)
        .flatMap((d) =>
          d.fixes!.map((fix) => ({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: true,
            edit: {
              edits: fix.edits.map((e) => ({
                resource: m.uri,
                versionId: undefined,
                textEdit: {
                  range: { startLineNumber: e.range.startLine, startColumn: e.range.startColumn, endLineNumber: e.range.endLine, endColumn: e.range.endColumn },
                  text: e.text,
                },
              })),
            },
          })),
        );
      return { actions, dispose() {} };
    },
  });
}
