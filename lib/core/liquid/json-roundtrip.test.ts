// Property: whatever a string holds, `{{ x | json }}` inside a JSON body parses back to exactly it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from './compile-template.ts';
import { renderCompiled } from './render-compiled.ts';
import { JANE } from './test-helpers.ts';

const { compiled } = compileTemplate('{"note": {{ event.note | json }}, "list": {{ event.list | json }}}', {
  dialect: 'latest',
  triggerKind: 'event',
});

const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), // control characters
  fc.constantFrom('"', '\\', '/', '\u2028', '\u2029', '\u007f', '{{', '}}', '{%'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), // lone surrogates
  fc.string({ unit: 'binary', maxLength: 3 }), // any code point, astral included
);
const anyString = fc.string({ unit: anyUnit, maxLength: 40 });

describe('| json round trip', () => {
  it('parses back to the same string and array', () => {
    expect(compiled).not.toBeNull();
    fc.assert(
      fc.property(anyString, fc.array(anyString, { maxLength: 4 }), (note, list) => {
        const sample = { ...JANE, message: { ...JANE.message, properties: { note, list } } };
        const r = renderCompiled(compiled!, sample);
        expect(r.diagnostics).toEqual([]);
        expect(JSON.parse(r.text!)).toEqual({ note, list });
      }),
      { numRuns: 500 },
    );
  });

  it('covers astral characters and lone surrogates explicitly', () => {
    const note = 'emoji 😀 lone \ud800 end \udfff "q" \\ \n\t\u0000';
    const r = renderCompiled(compiled!, { ...JANE, message: { ...JANE.message, properties: { note, list: [] } } });
    expect(JSON.parse(r.text!).note).toBe(note);
  });
});
