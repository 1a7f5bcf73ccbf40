/**
 * Static check: a template that reads an object its trigger kind does not provide (event.* in a
 * person-triggered campaign, trigger.* outside webhook/object triggers) always renders "" there.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { TriggerKind } from '../sample.ts';
import { KIND_SCOPED_OBJECTS, OBJECTS_BY_KIND } from './build-liquid-context.ts';
import type { VariableRef } from './types.ts';
import { closest } from './did-you-mean.ts';

/** Objects Customer.io provides somewhere (docs 5.2) plus Liquid's own names. */
const KNOWN_ROOTS = [
  'customer', 'event', 'event_timestamp', 'trigger', 'objects', 'journey', 'response', 'campaign', 'message',
  'delivery_id', 'layout', 'content', 'snippets', 'forloop', 'tablerowloop', 'blank', 'empty', 'nil', 'null', 'true', 'false',
];

/**
 * A root nobody provides is a typo (custmer.email): it renders "" for every person. Inside a guard
 * or before `| default` the missing-variable warning stays quiet, so such typos are caught here.
 */
function unknownRoot(ref: VariableRef): Diagnostic {
  const suggestion = closest(ref.root, KNOWN_ROOTS);
  const rootRange = { ...ref.range, endLine: ref.range.startLine, endColumn: ref.range.startColumn + ref.root.length };
  return {
    source: 'liquid',
    target: 'template',
    range: ref.range,
    code: 'liquid/unknown-object',
    severity: 'warning',
    message: `${ref.text}: there is no "${ref.root}" object in Customer.io, so this always renders ""${suggestion ? `; did you mean ${suggestion}?` : ''}`,
    ...(suggestion ? { fixes: [{ title: `Use ${suggestion}`, edits: [{ range: rootRange, text: suggestion }] }] } : {}),
  };
}

const KIND_LABEL: Record<TriggerKind, string> = {
  person: 'person-triggered (segment/attribute)',
  event: 'event-triggered',
  webhook: 'webhook/API-triggered',
  object: 'object/relationship-triggered',
};

export function checkObjectAvailability(
  refs: readonly VariableRef[],
  localNames: ReadonlySet<string>,
  kind: TriggerKind,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ref of refs) {
    if (localNames.has(ref.root)) continue;
    if (!KNOWN_ROOTS.includes(ref.root)) {
      // Unguarded lookups are reported at render time as missing variables (with sample-based hints).
      if (ref.isGuarded) out.push(unknownRoot(ref));
      continue;
    }
    if (!(KIND_SCOPED_OBJECTS as readonly string[]).includes(ref.root)) continue;
    const base = { source: 'liquid', target: 'template', range: ref.range } as const;
    if (!OBJECTS_BY_KIND[kind].includes(ref.root)) {
      const hint = ref.root === 'trigger' ? 'trigger.* exists only in webhook/API and object triggers' : `${ref.root} exists only in event-triggered campaigns`;
      out.push({
        ...base,
        code: 'liquid/unavailable-object',
        severity: 'error',
        message: `${ref.text} is not available in a ${KIND_LABEL[kind]} trigger (${hint}); it always renders ""`,
      });
    } else if (ref.root === 'customer' && kind === 'webhook') {
      out.push({
        ...base,
        code: 'liquid/unavailable-object',
        severity: 'warning',
        message: `${ref.text} renders "" in webhook-triggered campaigns: customer.* is empty there; send the value in the webhook payload and read trigger.*`,
      });
    }
  }
  return out;
}
