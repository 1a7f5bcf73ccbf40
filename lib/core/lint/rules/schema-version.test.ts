import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../text-edits.ts';
import { lintInput } from '../lint-test-helpers.ts';
import { runOperatorLints } from '../run-operator-lints.ts';
import type { DestinationId } from '../../destinations/catalog.ts';

const run = (input: ReturnType<typeof lintInput>) => runOperatorLints(input).filter((d) => d.code === 'lint/schema-version');

describe('lint/schema-version', () => {
  it('passes the starter templates', () => {
    expect(run(lintInput({ destinationId: 'meta_custom_audience' }))).toEqual([]);
    expect(run(lintInput({ useCaseId: 'replenishment', destinationId: 'meta_capi' }))).toEqual([]);
  });

  it.each([
    ['webhook', '{\n  "event_id": "{{ customer.id }}"\n}', '{\n  "schema_version": 1,\n  "event_id"'],
    ['warehouse_events', '{"event_id": "{{ customer.id }}", "properties": {"a": 1}}', '{ "schema_version": 1, "event_id"'],
  ] as Array<[DestinationId, string, string]>)('%s: missing key gets a fix that inserts it', (destinationId, template, expected) => {
    const [d] = run(lintInput({ destinationId, template }));
    expect(d.severity).toBe('warning');
    const fixed = applyEdits(template, d.fixes![0].edits);
    expect(fixed.startsWith(expected)).toBe(true);
    expect(run(lintInput({ destinationId, template: fixed }))).toEqual([]);
  });

  it('reports samples where the key is conditional and missing, and invalid values', () => {
    const template = '{ {% if customer.phone %}"schema_version": 1, {% endif %}"x": 1 }';
    const found = run(lintInput({ destinationId: 'webhook', template }));
    expect(found.map((d) => d.sampleId)).toEqual(['missing-optional']);
    const bad = run(lintInput({ destinationId: 'webhook', template: '{"schema_version": 0}' }));
    expect(bad).toHaveLength(3);
    expect(bad[0].message).toMatch(/positive integer/);
  });
});
