/**
 * The Liquid context Customer.io builds for each trigger kind (docs §5.2):
 * person → customer.*; event → customer.*, event.* (the event's properties; Customer.io adds no
 * `event.name`, a property called `name` is the only `event.name`), event_timestamp (unix seconds);
 * webhook/API → trigger.* and an empty customer (it renders ""); object/relationship → trigger.<object>.*
 * plus the related person's customer.*.
 */
import type { JsonObject, Sample, TriggerKind } from '../sample.ts';
import { isJsonObject } from '../sample.ts';

/** Root objects each trigger kind supplies; anything else that Customer.io documents is kind-neutral. */
export const OBJECTS_BY_KIND: Record<TriggerKind, readonly string[]> = {
  person: ['customer'],
  event: ['customer', 'event', 'event_timestamp'],
  webhook: ['trigger', 'customer'],
  object: ['trigger', 'customer'],
};

/** Roots whose availability depends on the trigger kind. */
export const KIND_SCOPED_OBJECTS = ['customer', 'event', 'event_timestamp', 'trigger'] as const;

function unixSeconds(timestamp: unknown): number | undefined {
  if (typeof timestamp !== 'string' && typeof timestamp !== 'number') return undefined;
  const ms = typeof timestamp === 'number' ? timestamp : Date.parse(timestamp);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

export function buildLiquidContext(sample: Sample, triggerKind: TriggerKind): Record<string, unknown> {
  switch (triggerKind) {
    case 'person':
      return { customer: sample.customer ?? {} };
    case 'event': {
      const context: Record<string, unknown> = {
        customer: sample.customer ?? {},
        event: sample.message?.properties ?? {},
      };
      const ts = unixSeconds(sample.message?.timestamp);
      if (ts !== undefined) context.event_timestamp = ts;
      return context;
    }
    case 'webhook':
      return { trigger: sample.trigger ?? sample.message?.properties ?? {}, customer: {} };
    case 'object':
      return { trigger: sample.trigger ?? {}, customer: sample.customer ?? {} };
  }
}

/**
 * A hand-written Liquid context ({customer, event, ...}, as in the test vectors and the CLI) seen
 * through a trigger kind: objects the kind does not provide are dropped and webhook customers emptied.
 */
export function restrictContextToKind(context: JsonObject, triggerKind: TriggerKind): Record<string, unknown> {
  const allowed = OBJECTS_BY_KIND[triggerKind];
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context)) {
    const isScoped = (KIND_SCOPED_OBJECTS as readonly string[]).includes(key);
    if (isScoped && !allowed.includes(key)) continue;
    out[key] = key === 'customer' && triggerKind === 'webhook' ? {} : value;
  }
  return out;
}

/** Trigger kind a bare context implies: trigger.* → webhook, event.* → event, else person. */
export function inferTriggerKind(context: JsonObject): TriggerKind {
  if (isJsonObject(context.trigger)) return 'webhook';
  if ('event' in context || 'event_timestamp' in context) return 'event';
  return 'person';
}
