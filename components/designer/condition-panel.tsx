'use client';
import { useMemo, useState } from 'react';
import { CodeEditor } from '@/components/monaco/code-editor';
import type { Monaco } from '@/components/monaco/monaco-setup';
import type { Diagnostic } from '@/lib/core/diagnostics';
import { fromBuilder, toBuilder, type BuilderModel } from '@/lib/core/fql/builder';
import { parseFql } from '@/lib/core/fql/parse';
import { fieldPaths } from '@/lib/core/fql/paths';
import type { Sample } from '@/lib/core/sample';
import { ConditionBuilder, numbersOf } from './condition-builder';

type Props = Readonly<{
  condition: string;
  samples: Sample[];
  diagnostics: readonly Diagnostic[];
  readOnly: boolean;
  onChange: (condition: string) => void;
  onMonaco: (monaco: Monaco) => void;
  lineNotes?: Array<{ line: number; text: string }>;
}>;

type BuilderState = { ok: true; model: BuilderModel } | { ok: false; reason: string };

function builderStateOf(condition: string): BuilderState {
  const { ast } = parseFql(condition);
  if (!ast) return { ok: false, reason: 'The condition has errors; fix them in code mode first.' };
  return toBuilder(ast);
}

/** The condition in code mode (Monaco, FQL) or in the visual builder; both edit the same text. */
export function ConditionPanel({ condition, samples, diagnostics, readOnly, onChange, onMonaco, lineNotes }: Props) {
  const [mode, setMode] = useState<'code' | 'visual'>('code');
  // The rows as typed: a half-typed field ("prop") or number ("1.") is not canonical FQL yet, so while
  // the condition is still the text the builder produced, the builder shows its own model.
  const [draft, setDraft] = useState<{ model: BuilderModel; text: string } | null>(null);
  const builder = useMemo<BuilderState | null>(() => {
    if (mode !== 'visual') return null;
    return draft && draft.text === condition ? { ok: true, model: draft.model } : builderStateOf(condition);
  }, [mode, condition, draft]);
  const editRows = (model: BuilderModel) => {
    const text = fromBuilder(numbersOf(model));
    setDraft({ model, text });
    onChange(text);
  };
  const fields = useMemo(() => fieldPaths(samples.map((s) => s.message)).map((f) => f.escaped), [samples]);

  return (
    <section data-testid="condition-panel">
      <div className="mb-1 flex items-center gap-3">
        <h2 className="text-sm font-semibold">Trigger condition (FQL, Data Pipelines code mode)</h2>
        <div role="tablist" className="ml-auto flex overflow-hidden rounded border border-slate-300 text-xs">
          <button type="button" role="tab" aria-selected={mode === 'code'} onClick={() => setMode('code')} className={`px-2 py-0.5 ${mode === 'code' ? 'bg-indigo-600 text-white' : 'bg-white'}`}>Code</button>
          <button type="button" role="tab" aria-selected={mode === 'visual'} onClick={() => setMode('visual')} className={`px-2 py-0.5 ${mode === 'visual' ? 'bg-indigo-600 text-white' : 'bg-white'}`}>Visual builder</button>
        </div>
      </div>
      {mode === 'code' || !builder ? (
        <CodeEditor testId="condition-editor" ariaLabel="Trigger condition" language="fql" value={condition} onChange={onChange} diagnostics={diagnostics} readOnly={readOnly} height={110} onMonaco={onMonaco} lineNotes={lineNotes} />
      ) : builder.ok ? (
        <ConditionBuilder model={builder.model} fields={fields} readOnly={readOnly} onChange={editRows} />
      ) : (
        <div data-testid="builder-unavailable" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <p>This condition stays in code mode: {builder.reason}</p>
          <button type="button" onClick={() => setMode('code')} className="mt-2 rounded border border-amber-300 bg-white px-2 py-0.5 text-xs">Back to code</button>
        </div>
      )}
      {mode === 'visual' && builder?.ok && <p className="mt-1 font-mono text-xs text-slate-500" data-testid="builder-fql">{condition}</p>}
    </section>
  );
}
