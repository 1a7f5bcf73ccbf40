/**
 * A sample profile used by the preview: the person (Journeys `customer.*` attributes) and the
 * full Data Pipelines message that the trigger condition sees (type, event, userId, traits,
 * properties, context, ...). Liquid's `event.*` is the message's `properties`; `trigger.*` is
 * the optional webhook/API/object payload.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type SegmentMessage = JsonObject & {
  type?: string;
  event?: string;
  userId?: string;
  anonymousId?: string;
  timestamp?: string;
  messageId?: string;
  traits?: JsonObject;
  properties?: JsonObject;
  context?: JsonObject;
};

export type Sample = {
  id: string;
  name: string;
  /** Why this sample exists: complete, missing optional fields, dirty data... */
  description?: string;
  customer: JsonObject;
  message: SegmentMessage;
  /** Payload for webhook/API/object-triggered campaigns (`trigger.*`). */
  trigger?: JsonObject;
};

/** Campaign trigger kinds decide which Liquid objects exist (docs 5.2). */
export type TriggerKind = 'person' | 'event' | 'webhook' | 'object';
export type LiquidDialect = 'latest' | 'legacy';

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
