'use client';
import { useState } from 'react';
import type { CopyAll } from '@/lib/core/export/copy-all';
import type { JourneysExport } from '@/lib/core/export/journeys-export';
import type { PipelinesExport } from '@/lib/core/export/pipelines-export';
import { CopyField } from './copy-field';

type Props = Readonly<{ triggerId: string; version: number; journeys: JourneysExport; pipelines: PipelinesExport; copyAll: CopyAll }>;

export function ExportPanel({ triggerId, version, journeys, pipelines, copyAll }: Props) {
  const [target, setTarget] = useState<'journeys' | 'pipelines'>('journeys');
  const ref = (kind: 'journeys_webhook' | 'pipelines_action' | 'copy_all' | 'field') => ({ triggerId, version, kind });
  const isFinal = journeys.isFinal;
  return (
    <div className="space-y-4">
      <div role="tablist" className="inline-flex overflow-hidden rounded border border-slate-300 text-sm">
        <button type="button" role="tab" aria-selected={target === 'journeys'} onClick={() => setTarget('journeys')} className={`px-3 py-1 ${target === 'journeys' ? 'bg-indigo-600 text-white' : 'bg-white'}`}>Journeys webhook action</button>
        <button type="button" role="tab" aria-selected={target === 'pipelines'} onClick={() => setTarget('pipelines')} className={`px-3 py-1 ${target === 'pipelines' ? 'bg-indigo-600 text-white' : 'bg-white'}`}>Data Pipelines action</button>
      </div>
      {target === 'journeys' ? (
        <div key="journeys" className="space-y-3" data-testid="journeys-export">
          <Steps steps={journeys.steps} />
          <CopyField testId="export-method" label="Method" value={journeys.method} isFinal={isFinal} exportRef={ref('field')} />
          <CopyField testId="export-url" label="URL" value={journeys.url} isFinal={isFinal} exportRef={ref('field')} />
          {journeys.headers.map((h) => (
            <CopyField key={h.name} testId={`export-header-${h.name}`} label={`Header ${h.name}`} value={h.value} isFinal={isFinal} exportRef={ref('field')} />
          ))}
          <CopyField testId="export-body" label="Body (Liquid, exactly as approved)" value={journeys.body} isFinal={isFinal} exportRef={ref('journeys_webhook')} multiline />
          <Instructions title="Campaign trigger and action conditions" lines={[...journeys.instructions.trigger, ...journeys.instructions.conditions, ...journeys.instructions.manual, ...journeys.notes]} />
          <Secrets secrets={journeys.secrets} />
        </div>
      ) : (
        <div key="pipelines" className="space-y-3" data-testid="pipelines-export">
          <Steps steps={pipelines.steps} />
          <CopyField testId="export-fql" label="Trigger (code mode FQL)" value={pipelines.condition} isFinal={isFinal} exportRef={ref('pipelines_action')} />
          <CopyField testId="export-mapping" label="Data Structure mapping" value={JSON.stringify(pipelines.mappingJson, null, 2)} isFinal={isFinal} exportRef={ref('pipelines_action')} multiline />
          {pipelines.unsupported.length > 0 && (
            <div data-testid="mapping-unsupported" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
              <p className="font-medium">The mapping cannot express these payload parts; handle them by hand or use the Journeys webhook action:</p>
              <ul className="mt-1 list-disc pl-5">{pipelines.unsupported.map((u) => <li key={u.key}><code>{u.key}</code>: {u.reason}</li>)}</ul>
            </div>
          )}
          <Secrets secrets={pipelines.secrets} />
        </div>
      )}
      <CopyField testId="export-copy-all" label="Copy all (stamped with trigger, version, approval and content hash)" value={copyAll.text} isFinal={isFinal} exportRef={ref('copy_all')} multiline />
    </div>
  );
}

/** Step texts starting with "- " detail the previous step: show them as its sub-bullets, not as numbered steps. */
function groupSteps(steps: string[]): Array<{ text: string; details: string[] }> {
  const groups: Array<{ text: string; details: string[] }> = [];
  for (const step of steps) {
    const detail = /^\s*- (.*)$/s.exec(step);
    if (detail && groups.length > 0) groups[groups.length - 1].details.push(detail[1]);
    else groups.push({ text: detail ? detail[1] : step, details: [] });
  }
  return groups;
}

function Steps({ steps }: Readonly<{ steps: string[] }>) {
  return (
    <ol className="list-decimal space-y-1 pl-5 text-sm">
      {groupSteps(steps).map((g, i) => (
        <li key={`${i}-${g.text}`}>
          {g.text}
          {g.details.length > 0 && <ul className="mt-1 list-disc space-y-1 pl-5">{g.details.map((d, j) => <li key={`${j}-${d}`}>{d}</li>)}</ul>}
        </li>
      ))}
    </ol>
  );
}

function Instructions({ title, lines }: Readonly<{ title: string; lines: string[] }>) {
  if (lines.length === 0) return null;
  return (
    <div className="rounded border border-slate-200 bg-white p-3 text-sm">
      <p className="mb-1 font-medium">{title}</p>
      <ul className="list-disc space-y-1 pl-5">{lines.map((l) => <li key={l}>{l}</li>)}</ul>
    </div>
  );
}

function Secrets({ secrets }: Readonly<{ secrets: Array<{ placeholder: string; name: string; where: string }> }>) {
  if (secrets.length === 0) return null;
  return (
    <div className="rounded border border-slate-200 bg-white p-3 text-sm">
      <p className="mb-1 font-medium">Fill these in inside Customer.io (never stored or exported here)</p>
      <ul className="list-disc pl-5">{secrets.map((s) => <li key={s.placeholder}><code>{s.placeholder}</code> — {s.name} ({s.where})</li>)}</ul>
    </div>
  );
}
