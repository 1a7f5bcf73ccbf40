import { describe, expect, it } from 'vitest';
import { buildCopyAll } from './copy-all.ts';
import { exportInput, SECRET_VALUE } from './export-test-fixtures.ts';

describe('buildCopyAll', () => {
  it('stamps trigger id, version, approval and content hash', () => {
    const { text, isFinal } = buildCopyAll(exportInput());
    expect(isFinal).toBe(true);
    expect(text).toContain('Trigger: trg_42');
    expect(text).toContain('Version: 7');
    expect(text).toContain('Approval: approved by rita.reviewer@example.com at 2026-01-10T12:00:00.000Z');
    expect(text).toContain(`Content hash: ${'f'.repeat(64)}`);
    expect(text).not.toMatch(/UNAPPROVED/);
  });

  it('contains the body byte for byte, the canonical condition and the mapping', () => {
    const input = exportInput();
    const { text } = buildCopyAll(input);
    expect(text).toContain(input.version.template);
    expect(text).toContain('Trigger (code mode): type = "track" and event = "Checkout Started" and properties.total >= 50');
    expect(text).toContain('email <- $.context.traits.email');
  });

  it('marks unapproved versions loudly and never leaks secrets', () => {
    const { text, isFinal } = buildCopyAll(exportInput({ status: 'in_review' }));
    expect(isFinal).toBe(false);
    expect(text.split('\n')[0]).toBe('*** UNAPPROVED DRAFT - NOT FOR PRODUCTION ***');
    expect(text).toContain('Approval: UNAPPROVED DRAFT (status: in_review)');
    expect(text).not.toContain(SECRET_VALUE);
  });
});
