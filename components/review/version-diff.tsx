'use client';
import { DiffEditor } from '@monaco-editor/react';
import { registerFqlLanguage } from '@/components/monaco/fql-language';
import { registerLiquidJsonLanguage } from '@/components/monaco/liquid-language';
import { setupMonaco } from '@/components/monaco/monaco-setup';

setupMonaco();

/** Highlighting only: the review diff needs no completion, so FQL gets no samples. */
function registerLanguages(monaco: Parameters<typeof registerLiquidJsonLanguage>[0]) {
  registerLiquidJsonLanguage(monaco);
  registerFqlLanguage(monaco as never, () => []);
}

type Props = Readonly<{ original: string; modified: string; language: string; testId: string; height?: number; originalLabel: string; modifiedLabel: string }>;

/** Side by side: the last approved text on the left, the version under review on the right. */
export function VersionDiff({ original, modified, language, testId, height = 320, originalLabel, modifiedLabel }: Props) {
  return (
    <div data-testid={testId} className="overflow-hidden rounded border border-slate-300 bg-white">
      <div className="grid grid-cols-2 border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
        <span className="px-3 py-1">{originalLabel}</span>
        <span className="px-3 py-1">{modifiedLabel}</span>
      </div>
      <DiffEditor
        height={height}
        language={language}
        original={original}
        modified={modified}
        beforeMount={(monaco) => registerLanguages(monaco as never)}
        options={{
          readOnly: true,
          originalEditable: false,
          renderSideBySide: true,
          minimap: { enabled: false },
          fontSize: 13,
          wordWrap: 'on',
          scrollBeyondLastLine: false,
          automaticLayout: true,
        }}
      />
    </div>
  );
}
