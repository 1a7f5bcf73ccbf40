// Table test over the shared vectors-liquid.json (docs §6). Cases whose note says UNCERTAIN are
// Customer.io behaviour nobody could verify; they run in their own table with the dialect they fit.
import { loadVectors } from '../../../tests/vectors/load-vectors.ts';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../diagnostics.ts';
import type { JsonObject, LiquidDialect, TriggerKind } from '../sample.ts';
import { inferTriggerKind } from './build-liquid-context.ts';
import { compileTemplate } from './compile-template.ts';
import { renderCompiledContext } from './render-compiled.ts';

type Vector = { template: string; context: JsonObject; expect: string; note?: string; dialect?: LiquidDialect; triggerKind?: TriggerKind; trigger_kind?: TriggerKind };

const vectors = loadVectors<Vector[]>('vectors-liquid.json');
const isUncertain = (v: Vector) => /uncertain/i.test(v.note ?? '');

function render(v: Vector, dialect: LiquidDialect) {
  const triggerKind = v.triggerKind ?? v.trigger_kind ?? inferTriggerKind(v.context);
  const { compiled, diagnostics } = compileTemplate(v.template, { dialect, triggerKind, now: new Date('2024-01-01T00:00:00Z') });
  if (!compiled) return { text: null, diagnostics };
  const r = renderCompiledContext(compiled, v.context, 'vector');
  return { text: r.text, diagnostics: [...diagnostics, ...r.diagnostics] };
}

function check(v: Vector, dialect: LiquidDialect) {
  const r = render(v, dialect);
  if (v.expect === 'error') {
    expect(r.text).toBeNull();
    expect(hasErrors(r.diagnostics)).toBe(true);
    for (const d of r.diagnostics.filter((x) => x.severity === 'error')) expect(d.range?.startLine).toBeGreaterThan(0);
  } else {
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.text).toBe(v.expect);
  }
}

describe('vectors-liquid.json', () => {
  it('has cases to run', () => expect(vectors.filter((v) => !isUncertain(v)).length).toBeGreaterThan(30));
  it.each(vectors.filter((v) => !isUncertain(v)).map((v, i) => [i, v.note ?? '', v] as const))(
    '#%i %s',
    (_i, _note, v) => check(v, v.dialect ?? 'latest'),
  );
});

describe('uncertain vectors, in the dialect whose behaviour they describe', () => {
  const uncertain = vectors.filter(isUncertain);
  it.each(uncertain.map((v) => [v.template, v] as const))('%s', (_t, v) => {
    // The escape case quotes Ruby's &quot; (legacy); sha256 and currency are our latest behaviour.
    check(v, /escape/.test(v.template) ? 'legacy' : v.dialect ?? 'latest');
  });
});
