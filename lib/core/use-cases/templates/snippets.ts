import type { TriggerKind } from '../../sample.ts';
import type { UseCaseId } from '../use-case-types.ts';

/**
 * Liquid building blocks for the starter payloads, following the safe skeleton (docs 6):
 * `| json` for strings with `default` first, guards around hashed identifiers (never hash ""),
 * normalise before hashing, commas inside the optional key's `if`.
 */

/** Trim + lowercase before hashing (Meta, Google, TikTok all agree on this part, docs 5.1). */
export const EMAIL_SHA256 = '{{ customer.email | strip | downcase | sha256 }}';
/** Meta/TikTok phone: digits only with country code. */
export const PHONE_DIGITS_SHA256 =
  '{{ customer.phone | strip | remove: "+" | remove: " " | remove: "-" | remove: "(" | remove: ")" | remove: "." | sha256 }}';
/** Google Customer Match phone: E.164 keeps the leading "+". */
export const PHONE_E164_SHA256 =
  '{{ customer.phone | strip | remove: " " | remove: "-" | remove: "(" | remove: ")" | remove: "." | sha256 }}';

export const SCHEMA_VERSION = 1;

/** Parts of the deterministic dedupe key: same on a retry, new on a journey re-entry. */
const DEDUPE_SOURCES: Record<UseCaseId, string> = {
  cart_abandonment: 'cart_abandonment:{{ customer.id }}:{{ event.cart_id | default: event_timestamp }}',
  purchase_removal: 'purchase_removal:{{ customer.id }}:{{ event.order_id | default: event_timestamp }}',
  winback_90d: 'winback_90d:{{ customer.id }}:{{ customer.last_order_at | default: "never" }}',
  winback_reactivated_removal:
    'winback_reactivated_removal:{{ customer.id }}:{{ event.order_id | default: event_timestamp }}',
  vip_tier_entered:
    'vip_tier_entered:{{ customer.id }}:{{ customer.tier_entered_at | default: customer.loyalty_tier }}',
  replenishment: 'replenishment:{{ customer.id }}:{{ event.order_id | default: event_timestamp }}',
  warehouse_journey_log:
    'warehouse_journey_log:{{ customer.id }}:{{ event.journey_id | default: "none" }}:{{ event.decision | default: "none" }}:{{ event_timestamp }}',
};

export function dedupePreamble(useCase: UseCaseId): string {
  return [
    '{%- comment -%} Deterministic dedupe key: identical on retries, new on each journey re-entry. {%- endcomment -%}',
    `{%- capture dedupe_source -%}${DEDUPE_SOURCES[useCase]}{%- endcapture -%}`,
  ].join('\n');
}

export const DEDUPE_HASH = '{{ dedupe_source | sha256 }}';

/** When the trigger fired: the event time, or "now" where no event exists (person triggers). */
export function occurredAt(kind: TriggerKind): string {
  return kind === 'event'
    ? '{{ event_timestamp | default: "now" | date: "%Y-%m-%dT%H:%M:%SZ" }}'
    : '{{ "now" | date: "%Y-%m-%dT%H:%M:%SZ" }}';
}

/** String value, always valid JSON ("" when missing). */
export function str(path: string, fallback = ''): string {
  return `{{ ${path} | default: ${JSON.stringify(fallback)} | append: "" | json }}`;
}

/** Nullable string: null when missing instead of "". */
export function strOrNull(path: string): string {
  return `{% if ${path} != blank %}{{ ${path} | append: "" | json }}{% else %}null{% endif %}`;
}

/** Nullable number: coerces numeric strings, null when missing. */
export function numOrNull(path: string): string {
  return `{% if ${path} != blank %}{{ ${path} | plus: 0 }}{% else %}null{% endif %}`;
}

/** SKU list that survives mixed item shapes: objects with sku, bare strings/numbers, nesting. */
export const SKU_IDS =
  '[{% for item in event.items %}{{ item.sku | default: item | json }}{% unless forloop.last %}, {% endunless %}{% endfor %}]';

export function objectBody(entries: Array<[string, string]>, indent: string): string {
  return entries.map(([k, v]) => `${indent}${JSON.stringify(k)}: ${v}`).join(',\n');
}
