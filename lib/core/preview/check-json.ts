import type { Diagnostic } from '../diagnostics.ts';
import { positionAt } from '../diagnostics.ts';
import { jsonErrorOffset, keyBeforeOffset, templateRangeForKey } from './locate-in-template.ts';

export type JsonCheck = { ok: true; value: unknown } | { ok: false; diagnostic: Diagnostic };

/** Parses the rendered payload; a failure says where in the output and, if known, in the template. */
export function checkRenderedJson(rendered: string, template: string, sample: { id: string; name: string }): JsonCheck {
  try {
    return { ok: true, value: JSON.parse(rendered) };
  } catch (err) {
    const raw = (err as Error).message;
    const offset = jsonErrorOffset(rendered, raw);
    const where = offset === undefined ? '' : (() => {
      const p = positionAt(rendered, offset);
      return ` at output line ${p.line}, column ${p.column}`;
    })();
    const context = offset === undefined ? '' : ` near ${JSON.stringify(rendered.slice(Math.max(0, offset - 20), offset + 10))}`;
    const reason = raw.replace(/^JSON\.parse: /, '').replace(/,? (in JSON )?at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    return {
      ok: false,
      diagnostic: {
        source: 'json',
        code: 'json/invalid',
        severity: 'error',
        target: 'template',
        sampleId: sample.id,
        message: `Sample "${sample.name}": the rendered payload is not valid JSON${where}${context}: ${reason}.`,
        range: offset === undefined ? undefined : templateRangeForKey(template, keyBeforeOffset(rendered, offset)),
      },
    };
  }
}
