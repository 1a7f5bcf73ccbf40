import { getDestination } from '../destinations/catalog.ts';
import type { ExportHeader, ExportInput, ExportStamp, SecretPlaceholder } from './export-types.ts';
import { triggerInstructions, type TriggerInstructions } from './fql-instructions.ts';
import { exportHeaders, exportUrl } from './secret-placeholders.ts';
import { buildStamp } from './stamp.ts';

export type JourneysExport = {
  kind: 'journeys_webhook';
  isFinal: boolean;
  stamp: ExportStamp;
  method: string;
  url: string;
  headers: ExportHeader[];
  /** The Liquid body exactly as saved (byte for byte). */
  body: string;
  secrets: SecretPlaceholder[];
  instructions: TriggerInstructions;
  /** Ordered steps for the marketer. */
  steps: string[];
  notes: string[];
};

export function requestParts(input: ExportInput) {
  const destination = getDestination(input.trigger.destination);
  const settings = input.version.settings;
  const method = (settings.method || destination?.method || 'POST').toUpperCase();
  const u = exportUrl(input.trigger.destination, settings.url || destination?.urlTemplate || '');
  const h = exportHeaders(input.trigger.destination, settings.headers ?? destination?.headers ?? []);
  return { destination, method, url: u.url, headers: h.headers, secrets: [...u.secrets, ...h.secrets] };
}

/** Export block for a Journeys "Send and receive data" webhook action (docs 7.2). */
export function buildJourneysExport(input: ExportInput): JourneysExport {
  const stamp = buildStamp(input);
  const { method, url, headers, secrets } = requestParts(input);
  const instructions = triggerInstructions(input.version.condition);
  const steps = [
    'Campaigns: create (or open) the campaign and set its trigger:',
    ...instructions.trigger.map((t) => `  - ${t}`),
    ...instructions.conditions.map((c) => `  - condition: ${c}`),
    ...instructions.manual.map((m) => `  - ${m}`),
    'Workflow: drag in "Send and receive data" (webhook) and choose Add Request.',
    `Request: method ${method}, URL ${url || '(fill in)'}.`,
    'Headers: add each header below; replace every <<SECRET:...>> placeholder with the real credential inside Customer.io.',
    'Body: paste the body below unchanged and preview it with a sample person.',
    'Sending behaviour: webhooks start as Draft; switch to send automatically only after the preview looks right.',
  ];
  const notes = [
    'customer.* is empty in webhook-triggered campaigns: use a person- or event-triggered campaign if the body reads customer attributes.',
    'event.* and event_timestamp exist only when an event triggered the campaign.',
    'The body uses latest Liquid (| json, | default); legacy Liquid accounts must upgrade the message first.',
  ];
  if (!stamp.isFinal) notes.unshift('UNAPPROVED DRAFT: this version has not been approved; do not ship it.');
  return { kind: 'journeys_webhook', isFinal: stamp.isFinal, stamp, method, url, headers, body: input.version.template, secrets, instructions, steps, notes };
}
