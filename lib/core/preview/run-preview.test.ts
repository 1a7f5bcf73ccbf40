import { describe, expect, it } from 'vitest';
import { newDefinition } from '../trigger/new-definition.ts';
import { runPreview } from './run-preview.ts';

const def = () => newDefinition('cart_abandonment', 'meta_custom_audience');

describe('runPreview', () => {
  it('renders every starter sample to schema-valid JSON with verdicts and identifier tables', () => {
    const result = runPreview(def(), { hasRemovalPath: true });
    expect(result.samples.map((s) => s.sampleId)).toEqual(def().samples.map((s) => s.id));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.samples.find((s) => s.sampleId === 'complete')).toMatchObject({ fires: true });
    expect(result.samples.find((s) => s.sampleId === 'non-matching')?.fires).toBe(false);
    expect(result.samples[0].identifiers.some((r) => r.field === 'email' && /^[0-9a-f]{64}$/.test(r.hashed ?? ''))).toBe(true);
  });

  it('places an invalid-JSON error on the template line that writes the key', () => {
    const result = runPreview({ ...def(), template: '{\n  "ok": 1,\n  "name": "{{ customer.first_name }}"\n}' });
    const json = result.diagnostics.find((d) => d.code === 'json/invalid' && d.sampleId === 'dirty');
    expect(json?.range?.startLine).toBe(3);
    expect(json?.message).toMatch(/Sample "Dirty record".*line \d+, column \d+/);
  });

  it('stops a runaway template after the first sample instead of once per sample', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...def().samples[0], id: `s${i}`, name: `S${i}` }));
    const runaway = '{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}y{% endfor %}{% endfor %}{% endfor %}';
    const started = Date.now();
    const result = runPreview({ ...def(), samples: many, template: runaway });
    expect(Date.now() - started).toBeLessThan(3000);
    const limits = result.diagnostics.filter((d) => d.code === 'liquid/limit');
    expect(limits.length).toBeGreaterThanOrEqual(25);
    expect(limits.filter((d) => /was not rendered/.test(d.message))).toHaveLength(24);
  });

  it('skips the lint pass when asked (the keystroke pass) but keeps render and schema checks', () => {
    const template = '{"a": {{ customer.first_name | json }}, "b": {{ customer.tags }}}';
    expect(runPreview({ ...def(), template }).diagnostics.some((d) => d.source === 'lint' && d.target === 'template')).toBe(true);
    const quick = runPreview({ ...def(), template }, { lints: false });
    expect(quick.diagnostics.some((d) => d.source === 'lint' && d.target === 'template')).toBe(false);
    expect(quick.diagnostics.some((d) => d.source === 'schema' || d.source === 'destination' || d.source === 'json')).toBe(true);
  });
});
