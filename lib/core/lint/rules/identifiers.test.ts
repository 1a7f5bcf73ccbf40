import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../text-edits.ts';
import { lintInput } from '../lint-test-helpers.ts';
import { runOperatorLints } from '../run-operator-lints.ts';
import type { DestinationId } from '../../destinations/catalog.ts';

const run = (input: ReturnType<typeof lintInput>) => runOperatorLints(input).filter((d) => d.code === 'lint/identifiers');

describe('lint/identifiers', () => {
  it.each([['meta_custom_audience'], ['google_customer_match'], ['tiktok_audience'], ['warehouse_events']] as Array<[DestinationId]>)(
    'starter template for %s passes',
    (destinationId) => expect(run(lintInput({ destinationId }))).toEqual([]),
  );

  it.each([
    ['{"e": "{{ customer.email | sha256 }}"}', 'strip | downcase'],
    ['{"e": "{{ customer.email | downcase | sha256 }}"}', 'strip'],
    ['{% assign e = customer.email | strip %}{"e": "{{ e | sha256 }}"}', 'downcase'],
    ['{"n": "{{ customer.first_name | strip | sha256 }}"}', 'downcase'],
  ])('%s is missing %s before hashing, and the fix adds it', (template, missing) => {
    const found = run(lintInput({ destinationId: 'warehouse_events', template }));
    const norm = found.find((d) => /hashed without/.test(d.message))!;
    expect(norm.message).toContain(missing.split(' | ').join(' and '));
    expect(norm.range?.startLine).toBe(1);
    const fixed = applyEdits(template, norm.fixes![0].edits);
    expect(run(lintInput({ destinationId: 'warehouse_events', template: fixed })).filter((d) => /hashed without/.test(d.message))).toEqual([]);
  });

  it('phone: Google keeps the "+", Meta removes it', () => {
    const template = '{"p": "{{ customer.phone | sha256 }}"}';
    const g = run(lintInput({ destinationId: 'google_customer_match', template })).find((d) => d.fixes);
    const m = run(lintInput({ destinationId: 'meta_custom_audience', template })).find((d) => d.fixes);
    expect(g!.fixes![0].edits[0].text).not.toContain('remove: "+"');
    expect(m!.fixes![0].edits[0].text).toContain('remove: "+"');
  });

  it('errors when sha256("") reaches the payload', () => {
    const template = '{"payload": {"schema": "EMAIL_SHA256", "data": ["{{ customer.nothing | strip | downcase | sha256 }}"]}}';
    const found = run(lintInput({ destinationId: 'meta_custom_audience', template }));
    expect(found.filter((d) => d.severity === 'error')).toHaveLength(3);
  });

  it('warns on ads payloads without a hashed identifier or with a plain email', () => {
    const template = '{"event_id": "{{ customer.id | sha256 }}", "email": {{ customer.email | strip | json }}}';
    const found = run(lintInput({ destinationId: 'tiktok_audience', template }));
    expect(found.filter((d) => /No hashed email/.test(d.message))).toHaveLength(3);
    expect(found.filter((d) => /unhashed email/.test(d.message))).toHaveLength(3);
  });

  it('does not demand hashed identifiers from warehouse rows', () => {
    const template = '{"event_id": "{{ customer.id }}", "person_id": {{ customer.id | json }}}';
    expect(run(lintInput({ destinationId: 'warehouse_events', template }))).toEqual([]);
  });
});
