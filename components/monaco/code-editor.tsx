'use client';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '@/lib/core/diagnostics';
import { setupMonaco, toMarkers, type Monaco } from './monaco-setup';
import { registerQuickFixes } from './quick-fixes';

setupMonaco();

type Props = Readonly<{
  value: string;
  language: string;
  onChange?: (value: string) => void;
  diagnostics?: readonly Diagnostic[];
  readOnly?: boolean;
  height: number | string;
  ariaLabel: string;
  testId: string;
  onMonaco?: (monaco: Monaco) => void;
  /** Extra line decorations, e.g. review comments: line -> hover text. */
  lineNotes?: ReadonlyArray<{ line: number; text: string }>;
}>;

export function CodeEditor({ value, language, onChange, diagnostics = [], readOnly, height, ariaLabel, testId, onMonaco, lineNotes = [] }: Props) {
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const monacoRef = useRef<Monaco | null>(null);
  const decorationsRef = useRef<{ clear(): void } | null>(null);
  // The text the editor last reported (or was given). The editor is the source of truth while
  // typing: handing `value` back to @monaco-editor/react would let a render that lags one keystroke
  // behind overwrite what was just typed (its effect replaces the whole text when they differ).
  const lastText = useRef(value);
  const latestValue = useRef(value);
  latestValue.current = value;
  const applyingValue = useRef(false);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || value === lastText.current) return;
    lastText.current = value;
    if (value === editor.getValue()) return;
    applyingValue.current = true;
    try {
      if (readOnly) editor.setValue(value);
      else {
        // An edit, not setValue, so undo (Ctrl+Z) can take back a quick fix applied from outside.
        editor.executeEdits('trigger-studio', [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
        editor.pushUndoStop();
      }
    } finally {
      applyingValue.current = false;
    }
  }, [value, readOnly]);

  useEffect(() => {
    const editor = editorRef.current;
    const monaco = monacoRef.current;
    const model = editor?.getModel();
    if (!editor || !monaco || !model) return;
    monaco.editor.setModelMarkers(model, 'trigger-studio', toMarkers(diagnostics, model));
    registerQuickFixes(monaco, model, diagnostics);
  }, [diagnostics]);

  const notesRef = useRef(lineNotes);
  notesRef.current = lineNotes;
  // Drawn from both the effect and onMount: the first effect runs before Monaco has mounted.
  const drawNotes = () => {
    const editor = editorRef.current;
    if (!editor) return;
    decorationsRef.current?.clear();
    decorationsRef.current = editor.createDecorationsCollection(
      notesRef.current.map((n) => ({
        range: { startLineNumber: n.line, startColumn: 1, endLineNumber: n.line, endColumn: 1 },
        options: { isWholeLine: true, className: 'review-note-line', glyphMarginClassName: 'review-note-glyph', hoverMessage: { value: n.text, isTrusted: false, supportHtml: false } },
      })),
    );
  };
  useEffect(drawNotes, [lineNotes]);

  return (
    <div data-testid={testId} className="overflow-hidden rounded border border-slate-300 bg-white">
      <Editor
        height={height}
        language={language}
        defaultValue={value}
        onChange={(v) => {
          if (applyingValue.current) return; // our own echo of `value`, not the user's edit
          lastText.current = v ?? '';
          onChange?.(lastText.current);
        }}
        beforeMount={(monaco) => onMonaco?.(monaco as unknown as Monaco)}
        onMount={(editor, monaco) => {
          editorRef.current = editor;
          monacoRef.current = monaco as unknown as Monaco;
          // The value may have changed while Monaco was loading.
          lastText.current = latestValue.current;
          if (editor.getValue() !== latestValue.current) {
            applyingValue.current = true;
            editor.setValue(latestValue.current);
            applyingValue.current = false;
          }
          const model = editor.getModel();
          if (model) {
            monacoRef.current.editor.setModelMarkers(model, 'trigger-studio', toMarkers(diagnostics, model));
            registerQuickFixes(monacoRef.current, model, diagnostics);
          }
          drawNotes();
        }}
        options={{
          readOnly,
          minimap: { enabled: false },
          fontSize: 13,
          wordWrap: 'on',
          scrollBeyondLastLine: false,
          automaticLayout: true,
          ariaLabel,
          glyphMargin: lineNotes.length > 0,
          tabSize: 2,
          renderValidationDecorations: 'on',
          // Chromium's EditContext input path drops keystrokes while the live preview keeps the
          // main thread busy (fast typing lost letters); the textarea path does not.
          editContext: false,
          // Suggestions and hovers (a path's value in every sample) are taller than the short
          // condition editor: position them on the page so the editor's edges do not cut them off.
          fixedOverflowWidgets: true,
        }}
      />
    </div>
  );
}
