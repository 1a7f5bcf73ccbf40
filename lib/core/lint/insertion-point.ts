import type { DestinationId } from '../destinations/catalog.ts';
import type { TextEdit } from '../diagnostics.ts';
import { insertMemberEdit, jsonBodyStart, objectOpenAfterKey } from './template-text.ts';

export type MemberPurpose = 'dedupe' | 'schema_version' | 'reason';

/**
 * Where a missing member belongs for a destination: inside the object the destination schema
 * leaves open (warehouse rows are closed except `properties`; Meta CAPI keys live in the event;
 * analytics metadata in `properties`), otherwise at the top level of the JSON body.
 */
function openOffset(template: string, destinationId: DestinationId, purpose: MemberPurpose): number {
  const tryKeys = (...keys: string[]) => {
    for (const k of keys) {
      const o = k === 'data[0]' ? capiEventOpen(template) : objectOpenAfterKey(template, k);
      if (o >= 0) return o;
    }
    return -1;
  };
  let o = -1;
  if (destinationId === 'meta_capi') o = purpose === 'dedupe' ? tryKeys('data[0]') : tryKeys('custom_data', 'data[0]');
  else if (destinationId === 'warehouse_events' && purpose === 'reason') o = tryKeys('properties');
  else if (destinationId === 'analytics_track' && purpose !== 'dedupe') o = tryKeys('properties');
  return o >= 0 ? o : jsonBodyStart(template);
}

function capiEventOpen(template: string): number {
  const m = /"data"\s*:\s*\[\s*\{(?![{%])/.exec(template);
  return m ? m.index + m[0].length - 1 : -1;
}

export function memberInsertion(
  template: string,
  destinationId: DestinationId,
  purpose: MemberPurpose,
  member: string,
): TextEdit | undefined {
  const offset = openOffset(template, destinationId, purpose);
  return offset < 0 ? undefined : insertMemberEdit(template, offset, member);
}

/** The member name a destination uses for its dedupe key. */
export function dedupeKeyName(destinationId: DestinationId): string {
  return destinationId === 'analytics_track' ? 'messageId' : 'event_id';
}
