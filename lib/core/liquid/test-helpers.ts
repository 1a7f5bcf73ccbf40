/** Shared fixtures for this folder's tests: one sample and a compile+render shortcut. */
import type { Diagnostic } from '../diagnostics.ts';
import type { JsonObject, LiquidDialect, Sample, TriggerKind } from '../sample.ts';
import { compileTemplate } from './compile-template.ts';
import { renderCompiled, renderCompiledContext } from './render-compiled.ts';

export const FIXED_NOW = new Date('2024-03-10T12:00:00Z');

export const JANE: Sample = {
  id: 'jane',
  name: 'Jane complete',
  customer: { id: 'u_1', email: 'jane@example.com', first_name: 'Jane', vip: true, orders: 3, tags: ['vip', 'news'], created_at: 1700000000 },
  message: {
    type: 'track',
    event: 'Order Completed',
    timestamp: '2023-11-14T22:13:20Z',
    properties: { total: 129.5, currency: 'USD', items: [{ sku: 'A', price: 9.99, qty: 1 }] },
  },
};

export type Rendered = { text: string | null; diagnostics: Diagnostic[] };

export function renderWith(
  template: string,
  input: Sample | JsonObject = JANE,
  opts: { dialect?: LiquidDialect; triggerKind?: TriggerKind; timezone?: string } = {},
): Rendered {
  const options = { dialect: opts.dialect ?? 'latest', triggerKind: opts.triggerKind ?? 'event', timezone: opts.timezone, now: FIXED_NOW } as const;
  const { compiled, diagnostics } = compileTemplate(template, options);
  if (!compiled) return { text: null, diagnostics };
  const isSample = 'message' in input && 'id' in input;
  const r = isSample ? renderCompiled(compiled, input as Sample) : renderCompiledContext(compiled, input as JsonObject);
  return { text: r.text, diagnostics: [...diagnostics, ...r.diagnostics] };
}

export const codes = (r: Rendered) => r.diagnostics.map((d) => d.code);
