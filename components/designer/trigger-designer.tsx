'use client';
import Link from 'next/link';
import { useCallback, useMemo, useRef, useState } from 'react';
import { CodeEditor } from '@/components/monaco/code-editor';
import type { Monaco } from '@/components/monaco/monaco-setup';
import { registerFqlLanguage } from '@/components/monaco/fql-language';
import { registerLiquidJsonLanguage } from '@/components/monaco/liquid-language';
import { SubmitForReviewButton } from '@/components/review/submit-for-review-button';
import { StatusBadge } from '@/components/ui/status-badge';
import { saveVersionAction } from '@/lib/actions/trigger-actions';
import type { QuickFix } from '@/lib/core/diagnostics';
import type { TriggerDefinition } from '@/lib/core/trigger/definition';
import { applyEdits } from '@/lib/core/text-edits';
import type { VersionDto } from '@/lib/data/triggers';
import { ConditionPanel } from './condition-panel';
import { DiagnosticsList } from './diagnostics-list';
import { SamplePreviewCard } from './preview-panel';
import { SamplesManager } from './samples-manager';
import { SettingsEditor } from './settings-editor';
import { usePreview } from './use-preview';

type Props = Readonly<{
  trigger: { id: string; name: string; useCaseLabel: string; destinationLabel: string; latestVersion: number; paired: { id: string; name: string } | null };
  version: VersionDto;
  readOnly: boolean;
  currentUserId: string;
  lineNotes?: { template: Array<{ line: number; text: string }>; condition: Array<{ line: number; text: string }> };
}>;

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; version: number } | { kind: 'error'; message: string; conflict: boolean };

function definitionOf(v: VersionDto): TriggerDefinition {
  const { useCase, destination, triggerKind, dialect, template, condition, samples, settings } = v;
  return { useCase, destination, triggerKind, dialect, template, condition, samples, settings };
}

export function TriggerDesigner({ trigger, version, readOnly, currentUserId, lineNotes }: Props) {
  const [def, setDef] = useState<TriggerDefinition>(() => definitionOf(version));
  const [baseVersion, setBaseVersion] = useState(version.version);
  const [status, setStatus] = useState(version.status);
  const [authorId, setAuthorId] = useState(version.authorId);
  const [saved, setSaved] = useState<TriggerDefinition>(def);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const preview = usePreview(def, { hasRemovalPath: trigger.paired !== null });
  const samplesRef = useRef(def.samples);
  samplesRef.current = def.samples;
  const dirty = def !== saved;

  const update = useCallback((patch: Partial<TriggerDefinition>) => setDef((d) => ({ ...d, ...patch })), []);
  const sampleNames = useMemo(() => new Map(def.samples.map((s) => [s.id, s.name])), [def.samples]);

  const onFix = (target: 'template' | 'condition', fix: QuickFix) => update({ [target]: applyEdits(def[target], fix.edits) });

  const doSave = async (force: boolean) => {
    setSave({ kind: 'saving' });
    let result: Awaited<ReturnType<typeof saveVersionAction>>;
    try {
      result = await saveVersionAction({ triggerId: trigger.id, baseVersion, force, definition: def });
    } catch {
      // Network down, server restarting or a request the server refused outright: keep the edits.
      setSave({ kind: 'error', message: 'Not saved: the server could not be reached or refused the request (is the trigger very large?). Your edits are still here; try again.', conflict: false });
      return;
    }
    if (result.ok) {
      setBaseVersion(result.data.version);
      setStatus(result.data.status);
      setAuthorId(result.data.authorId);
      setSaved(def);
      setSave({ kind: 'saved', version: result.data.version });
      window.history.replaceState(null, '', `/triggers/${trigger.id}`);
    } else {
      setSave({ kind: 'error', message: result.error.message, conflict: result.error.code === 'CONFLICT' });
    }
  };

  const setupFql = (monaco: Monaco) => registerFqlLanguage(monaco as never, () => samplesRef.current.map((s) => s.message));
  const setupLiquid = (monaco: Monaco) => registerLiquidJsonLanguage(monaco as never);

  return (
    <div className="space-y-4" data-testid="designer">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{trigger.name}</h1>
        <span className="text-sm text-slate-500">{trigger.useCaseLabel} → {trigger.destinationLabel}</span>
        <span data-testid="version-label" className="rounded bg-slate-100 px-2 py-0.5 text-sm">v{baseVersion}</span>
        <StatusBadge status={status} />
        {trigger.paired && (
          <Link href={`/triggers/${trigger.paired.id}`} data-testid="paired-link" className="text-sm text-indigo-700 hover:underline">Paired: {trigger.paired.name}</Link>
        )}
        <Link href={`/triggers/${trigger.id}/history`} className="text-sm text-indigo-700 hover:underline">History</Link>
        <Link href={`/triggers/${trigger.id}/versions/${baseVersion}/review`} className="text-sm text-indigo-700 hover:underline">Review</Link>
        <Link href={`/triggers/${trigger.id}/versions/${baseVersion}/export`} className="text-sm text-indigo-700 hover:underline">Export</Link>
        <div className="ml-auto flex items-center gap-2">
          {save.kind === 'saved' && !dirty && <span data-testid="save-status" className="text-sm text-emerald-700">Saved as version {save.version}</span>}
          {dirty && !readOnly && <span className="text-sm text-amber-700">Unsaved changes</span>}
          {!readOnly && !dirty && authorId === currentUserId && (status === 'draft' || status === 'changes_requested') && (
            <SubmitForReviewButton triggerId={trigger.id} version={baseVersion} onSubmitted={() => setStatus('in_review')} />
          )}
          {!readOnly && (
            <button type="button" data-testid="save" disabled={!dirty || save.kind === 'saving'} onClick={() => doSave(false)} className="rounded bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50">
              {save.kind === 'saving' ? 'Saving…' : 'Save new version'}
            </button>
          )}
        </div>
      </div>
      {readOnly && (
        <p data-testid="read-only-banner" className="rounded border border-slate-300 bg-slate-100 px-3 py-2 text-sm">
          Version {version.version} is read-only ({version.status === 'draft' ? 'an older version' : version.status.replace('_', ' ')}).{' '}
          <Link href={`/triggers/${trigger.id}`} className="text-indigo-700 underline">Open the latest version (v{trigger.latestVersion})</Link>
        </p>
      )}
      {save.kind === 'error' && (
        <div role="alert" data-testid="save-error" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {save.message}
          {save.conflict && (
            <span className="ml-2 inline-flex gap-2">
              <button type="button" onClick={() => doSave(true)} className="rounded border border-red-300 bg-white px-2 py-0.5">Save mine as a new version anyway</button>
              <a href={`/triggers/${trigger.id}`} className="rounded border border-red-300 bg-white px-2 py-0.5">Discard mine and load the latest</a>
            </span>
          )}
        </div>
      )}
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <div className="space-y-4">
          <section>
            <h2 className="mb-1 text-sm font-semibold">Payload (Liquid JSON body)</h2>
            <CodeEditor
              testId="template-editor"
              ariaLabel="Payload template"
              language="liquid-json"
              value={def.template}
              onChange={(template) => update({ template })}
              diagnostics={preview?.templateDiagnostics ?? []}
              readOnly={readOnly}
              height={420}
              onMonaco={setupLiquid}
              lineNotes={lineNotes?.template}
            />
          </section>
          <ConditionPanel
            condition={def.condition}
            samples={def.samples}
            diagnostics={preview?.conditionDiagnostics ?? []}
            readOnly={readOnly}
            onChange={(condition) => update({ condition })}
            onMonaco={setupFql}
            lineNotes={lineNotes?.condition}
          />
          <section className="rounded border border-slate-200 bg-white p-3">
            <h2 className="mb-2 text-sm font-semibold">Request</h2>
            <SettingsEditor settings={def.settings} triggerKind={def.triggerKind} dialect={def.dialect} readOnly={readOnly} onChange={update} />
          </section>
        </div>
        <div className="space-y-4">
          <section>
            <h2 className="mb-1 text-sm font-semibold">Samples</h2>
            <SamplesManager samples={def.samples} readOnly={readOnly} onChange={(samples) => update({ samples })} />
          </section>
          <section className="space-y-3" data-testid="preview">
            {preview?.samples.map((s) => <SamplePreviewCard key={s.sampleId} s={s} />)}
          </section>
          <section>
            <h2 className="mb-1 text-sm font-semibold">Problems</h2>
            {preview && <DiagnosticsList diagnostics={preview.diagnostics} sampleNames={sampleNames} onFix={readOnly ? undefined : onFix} />}
          </section>
        </div>
      </div>
    </div>
  );
}
