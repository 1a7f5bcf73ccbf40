import type { Diagnostic } from '../diagnostics.ts';
import { positionAt } from '../diagnostics.ts';
import { jsonSyntaxError } from './json-syntax-error.ts';
import { keyBeforeOffset, templateRangeForKey } from './locate-in-template.ts';

export type JsonCheck = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/** Parses the rendered payload; a failure says where in the output and, if known, in the template. */
export function checkRenderedJson(rendered: string, template: string, sample: { id: string; name: string }): JsonCheck {
  try {
    return { ok: true, value: JSON.parse(rendered) };
  } catch (err) {
    const found = jsonSyntaxError(rendered) ?? { offset: undefined, message: (err as Error).message };
    const where = found.offset === undefined ? '' : (() => {
      const p = positionAt(rendered, found.offset);
      return ` at output line ${p.line}, column ${p.column} (near ${JSON.stringify(rendered.slice(Math.max(0, found.offset - 20), found.offset + 10))})`;
    })();
    return {
      ok: false,
      diagnostic: {
        source: 'json',
        code: 'json/invalid',
        severity: 'error',
        target: 'template',
        sampleId: sample.id,
        message: `Sample "${sample.name}": the rendered payload is not valid JSON${where}: ${found.message}.`,
        range: found.offset === undefined ? undefined : templateRangeForKey(template, keyBeforeOffset(rendered, found.offset)),
      },
    };
  }
}
