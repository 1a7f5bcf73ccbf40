import type { Diagnostic } from '../diagnostics.ts';
import { formatFql } from '../fql/format.ts';
import { parseFql } from '../fql/parse.ts';
import type { ExportHeader, ExportInput, ExportStamp, SecretPlaceholder } from './export-types.ts';
import { requestParts } from './journeys-export.ts';
import { deriveMapping, type MappingField, type MappingValue, type Unsupported } from './mapping/template-mapping.ts';
import { buildStamp } from './stamp.ts';

export type PipelinesExport = {
  kind: 'pipelines_action';
  isFinal: boolean;
  stamp: ExportStamp;
  /** Canonical FQL for the Trigger's code mode (double quotes, lowercase keywords). */
  condition: string;
  conditionDiagnostics: Diagnostic[];
  method: string;
  url: string;
  headers: ExportHeader[];
  secrets: SecretPlaceholder[];
  /** Data Structure: one row per destination field. */
  mapping: MappingField[];
  /** The same mapping as one nested mapping-kit object (`@path` / `@template` / static). */
  mappingJson: Record<string, unknown>;
  /** What the mapping cannot express; the marketer must handle these (never silently dropped). */
  unsupported: Unsupported[];
  steps: string[];
};

function canonicalCondition(condition: string): { condition: string; diagnostics: Diagnostic[] } {
  // CR is not whitespace for fql-ts (docs 3.1): normalise before export.
  const text = condition.replace(/\r\n?/g, '\n');
  const { ast, diagnostics } = parseFql(text);
  return { condition: ast ? formatFql(ast) : text, diagnostics };
}

/** Identify-based conditions read person traits at `$.traits`; other calls carry them in context. */
function traitsRootFor(condition: string): '$.traits' | '$.context.traits' {
  return /\btype\s*=\s*["']identify["']/.test(condition) ? '$.traits' : '$.context.traits';
}

/** `data[0].user_data.em` -> ['data', 0, 'user_data', 'em'] */
function keySegments(key: string): Array<string | number> {
  return key.split('.').flatMap((part) => {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [part];
    const idx = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    return m[1] ? [m[1], ...idx] : idx;
  });
}

function nest(fields: MappingField[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const f of fields) {
    const segs = keySegments(f.key);
    let cur: Record<string | number, unknown> = root;
    segs.slice(0, -1).forEach((seg, n) => {
      if (cur[seg] === undefined || typeof cur[seg] !== 'object' || cur[seg] === null) {
        cur[seg] = typeof segs[n + 1] === 'number' ? [] : {};
      }
      cur = cur[seg] as Record<string | number, unknown>;
    });
    cur[segs[segs.length - 1]] = f.value as MappingValue;
  }
  return root;
}

/** Export block for a Data Pipelines action (docs 7.1): FQL trigger + Data Structure mapping. */
export function buildPipelinesExport(input: ExportInput): PipelinesExport {
  const stamp = buildStamp(input);
  const { condition, diagnostics } = canonicalCondition(input.version.condition);
  const { method, url, headers, secrets } = requestParts(input);
  const { fields, unsupported } = deriveMapping(input.version.template, traitsRootFor(condition));
  const steps = [
    'Data Pipelines: open the destination, go to Actions and add (or edit) the action.',
    'Trigger: click Code mode and paste the condition below; check it in the Tester tab with a sample event.',
    `Request: method ${method}, URL ${url || '(fill in)'}, batching off; replace every <<SECRET:...>> placeholder inside Customer.io.`,
    'Data Structure: map each field below (paths, static values and {{path}} templates only - no Liquid filters).',
  ];
  if (unsupported.length) steps.push(`${unsupported.length} field(s) cannot be expressed as a mapping: handle them in your endpoint or use the Journeys webhook export instead.`);
  if (!stamp.isFinal) steps.unshift('UNAPPROVED DRAFT: this version has not been approved; do not ship it.');
  return {
    kind: 'pipelines_action', isFinal: stamp.isFinal, stamp, condition, conditionDiagnostics: diagnostics,
    method, url, headers, secrets, mapping: fields, mappingJson: nest(fields), unsupported, steps,
  };
}
