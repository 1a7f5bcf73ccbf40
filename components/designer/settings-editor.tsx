'use client';
import type { LiquidDialect, TriggerKind } from '@/lib/core/sample';
import type { TriggerSettings } from '@/lib/core/trigger/definition';
import { isSecretHeader, secretValueProblem } from '@/lib/core/trigger/secrets';

type Props = Readonly<{
  settings: TriggerSettings;
  triggerKind: TriggerKind;
  dialect: LiquidDialect;
  readOnly: boolean;
  onChange: (patch: { settings?: TriggerSettings; triggerKind?: TriggerKind; dialect?: LiquidDialect }) => void;
}>;

const KINDS: Array<[TriggerKind, string]> = [
  ['event', 'Event triggered (customer.*, event.*)'],
  ['person', 'Person or segment triggered (customer.*)'],
  ['webhook', 'Webhook or API triggered (trigger.*)'],
  ['object', 'Object or relationship triggered (trigger.<object>.*)'],
];

export function SettingsEditor({ settings, triggerKind, dialect, readOnly, onChange }: Props) {
  const setHeader = (i: number, patch: Partial<TriggerSettings['headers'][number]>) =>
    onChange({ settings: { ...settings, headers: settings.headers.map((h, j) => (j === i ? { ...h, ...patch } : h)) } });
  return (
    <fieldset disabled={readOnly} className="space-y-3 text-sm" data-testid="settings-editor">
      <div className="grid grid-cols-2 gap-3">
        <label className="block">
          <span className="mb-1 block text-xs font-medium text-slate-600">Campaign trigger kind (decides the Liquid objects)</span>
          <select value={triggerKind} onChange={(e) => onChange({ triggerKind: e.target.value as TriggerKind })} className="w-full rounded border border-slate-300 px-2 py-1" data-testid="trigger-kind">
            {KINDS.map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select>
        </label>
        <label className="block">
          <span className="mb-1 block text-xs font-medium text-slate-600">Liquid version of the Customer.io workspace</span>
          <select value={dialect} onChange={(e) => onChange({ dialect: e.target.value as LiquidDialect })} className="w-full rounded border border-slate-300 px-2 py-1" data-testid="dialect">
            <option value="latest">Latest (accounts from 2023-11-28)</option>
            <option value="legacy">Legacy (older accounts)</option>
          </select>
        </label>
      </div>
      <div className="flex gap-2">
        <select value={settings.method} onChange={(e) => onChange({ settings: { ...settings, method: e.target.value as TriggerSettings['method'] } })} className="rounded border border-slate-300 px-2 py-1" aria-label="HTTP method">
          {['POST', 'PUT', 'PATCH', 'DELETE'].map((m) => <option key={m}>{m}</option>)}
        </select>
        <input value={settings.url} onChange={(e) => onChange({ settings: { ...settings, url: e.target.value } })} className="flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-xs" aria-label="Request URL" placeholder="https://…" />
      </div>
      <div className="space-y-1">
        {settings.headers.map((h, i) => {
          const secret = isSecretHeader(h);
          const problem = secret ? secretValueProblem(h.value) : null;
          return (
            <div key={i} className="flex items-center gap-2">
              <input value={h.name} onChange={(e) => setHeader(i, { name: e.target.value })} aria-label={`Header ${i + 1} name`} className="w-40 rounded border border-slate-300 px-2 py-1 font-mono text-xs" />
              <input value={h.value} onChange={(e) => setHeader(i, { value: e.target.value })} aria-label={`Header ${i + 1} value`} className={`flex-1 rounded border px-2 py-1 font-mono text-xs ${problem ? 'border-red-400' : 'border-slate-300'}`} />
              {secret && <span className="text-xs text-amber-700" title="Stored and exported as a placeholder only">secret: placeholder only</span>}
              <button type="button" onClick={() => onChange({ settings: { ...settings, headers: settings.headers.filter((_, j) => j !== i) } })} aria-label={`Remove header ${h.name}`} className="text-slate-400 hover:text-red-600">×</button>
              {problem && <span role="alert" className="text-xs text-red-700">{problem}</span>}
            </div>
          );
        })}
        <button type="button" onClick={() => onChange({ settings: { ...settings, headers: [...settings.headers, { name: '', value: '' }] } })} className="text-xs text-indigo-700">+ header</button>
      </div>
    </fieldset>
  );
}
