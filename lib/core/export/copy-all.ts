import type { ExportInput } from './export-types.ts';
import { buildJourneysExport } from './journeys-export.ts';
import { buildPipelinesExport } from './pipelines-export.ts';
import { stampLine } from './stamp.ts';

export type CopyAll = { text: string; isFinal: boolean };

function mappingLine(key: string, value: unknown): string {
  if (value && typeof value === 'object' && '@path' in value) return `${key} <- ${(value as { '@path': string })['@path']}`;
  if (value && typeof value === 'object' && '@template' in value) return `${key} <- template ${JSON.stringify((value as { '@template': string })['@template'])}`;
  return `${key} = ${JSON.stringify(value)} (static)`;
}

/** Everything a marketer needs, in one text block stamped with id, version, approval and hash. */
export function buildCopyAll(input: ExportInput): CopyAll {
  const j = buildJourneysExport(input);
  const p = buildPipelinesExport(input);
  const s = j.stamp;
  const lines = [
    `# Trigger Studio export: ${s.triggerName}`,
    `Trigger: ${s.triggerId}`,
    `Version: ${s.version}`,
    `Approval: ${s.approval}`,
    `Content hash: ${s.contentHash}`,
    `Stamp (paste into the action description): ${stampLine(s)}`,
    '',
    '## Option A - Journeys webhook action (Liquid body)',
    ...j.steps,
    `Method: ${j.method}`,
    `URL: ${j.url}`,
    'Headers:',
    ...j.headers.map((h) => `  ${h.name}: ${h.value}`),
    'Body:',
    j.body,
    'Notes:',
    ...j.notes.map((n) => `  - ${n}`),
    '',
    '## Option B - Data Pipelines action (FQL trigger + mapping)',
    ...p.steps,
    `Trigger (code mode): ${p.condition}`,
    ...p.conditionDiagnostics.filter((d) => d.severity === 'error').map((d) => `  ! ${d.message}`),
    'Data (mapping):',
    ...p.mapping.map((f) => `  ${mappingLine(f.key, f.value)}`),
    ...(p.unsupported.length ? ['Not expressible as a mapping:', ...p.unsupported.map((u) => `  ${u.key}: ${u.reason}`)] : []),
  ];
  if (j.secrets.length) {
    lines.push('', 'Secrets to fill in inside Customer.io (never stored in Trigger Studio):', ...j.secrets.map((x) => `  ${x.placeholder} (${x.where})`));
  }
  if (!s.isFinal) lines.unshift('*** UNAPPROVED DRAFT - NOT FOR PRODUCTION ***');
  return { text: `${lines.join('\n')}\n`, isFinal: s.isFinal };
}
