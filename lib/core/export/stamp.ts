import type { ExportInput, ExportStamp } from './export-types.ts';

const FINAL_STATUSES = new Set(['approved', 'published']);

export function isFinalVersion(input: ExportInput): boolean {
  return FINAL_STATUSES.has(input.version.status);
}

export function buildStamp(input: ExportInput): ExportStamp {
  const { trigger, version } = input;
  const isFinal = isFinalVersion(input);
  const approval = isFinal
    ? `approved by ${version.approvedBy ?? '(approver not recorded)'} at ${version.approvedAt ?? '(time not recorded)'}`
    : `UNAPPROVED DRAFT (status: ${version.status}) - do not ship`;
  return {
    triggerId: trigger.id,
    triggerName: trigger.name,
    version: version.number,
    contentHash: version.contentHash,
    status: version.status,
    approval,
    isFinal,
  };
}

/** One line to paste next to the action in Customer.io (name/description field). */
export function stampLine(stamp: ExportStamp): string {
  return `Trigger Studio ${stamp.triggerId} v${stamp.version} | ${stamp.approval} | content ${stamp.contentHash}`;
}
