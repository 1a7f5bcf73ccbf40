import type { UseCase } from '../use-case-types.ts';
import { RICH_PROPERTIES } from './rich-properties.ts';
import {
  DEDUPE_HASH, dedupePreamble, EMAIL_SHA256, objectBody, occurredAt, PHONE_DIGITS_SHA256, SCHEMA_VERSION, str,
} from './snippets.ts';

export type StarterOptions = { triggerId?: string; triggerVersion?: number };

function richData(useCase: UseCase, indent: string): string {
  return objectBody([['reason', JSON.stringify(useCase.reason)], ...RICH_PROPERTIES[useCase.id]], indent);
}

/** Warehouse row (destinations 5.6): closed schema, so `reason` lives in `properties`. */
export function warehouseEventsTemplate(useCase: UseCase, opts: StarterOptions = {}): string {
  return `${dedupePreamble(useCase.id)}
{
  "event_id": "${DEDUPE_HASH}",
  "event_name": ${JSON.stringify(useCase.eventName)},
  "occurred_at": "${occurredAt(useCase.triggerKind)}",
  "person_id": ${str('customer.id', 'unknown')},
  "email_sha256": {% if customer.email != blank %}"${EMAIL_SHA256}"{% else %}null{% endif %},
  "trigger_id": ${JSON.stringify(opts.triggerId ?? useCase.id)},
  "trigger_version": ${opts.triggerVersion ?? 1},
  "campaign_id": {% if campaign.id != blank %}{{ campaign.id | append: "" | json }}{% else %}null{% endif %},
  "schema_version": ${SCHEMA_VERSION},
  "properties": {
${richData(useCase, '    ')}
  }
}
`;
}

/** Segment-style track call (destinations 5.7): messageId is the dedupe key. */
export function analyticsTrackTemplate(useCase: UseCase): string {
  return `${dedupePreamble(useCase.id)}
{
  "type": "track",
  "event": ${JSON.stringify(useCase.eventName)},
  "userId": ${str('customer.id', 'unknown')},
  "messageId": "${DEDUPE_HASH}",
  "timestamp": "${occurredAt(useCase.triggerKind)}",
  "properties": {
    "schema_version": ${SCHEMA_VERSION},
${richData(useCase, '    ')}
  }{% if customer.email != blank %},
  "context": {
    "traits": { "email": {{ customer.email | strip | downcase | json }} }
  }{% endif %}
}
`;
}

/** Generic webhook envelope (destinations 5.8). */
export function webhookTemplate(useCase: UseCase, opts: StarterOptions = {}): string {
  return `${dedupePreamble(useCase.id)}
{
  "event_id": "${DEDUPE_HASH}",
  "event_name": ${JSON.stringify(useCase.eventName)},
  "occurred_at": "${occurredAt(useCase.triggerKind)}",
  "schema_version": ${SCHEMA_VERSION},
  "reason": ${JSON.stringify(useCase.reason)},
  "trigger": { "id": ${JSON.stringify(opts.triggerId ?? useCase.id)}, "version": ${opts.triggerVersion ?? 1} },
  "person": {
    "id": ${str('customer.id', 'unknown')}{% if customer.email != blank %},
    "email": {{ customer.email | strip | downcase | json }}{% endif %}
  },
  "data": {
${objectBody(RICH_PROPERTIES[useCase.id], '    ')}
  }
}
`;
}

/**
 * Meta Conversions API (destinations 5.3). event_time is "now": Meta rejects events older than
 * 7 days, and a delayed journey step (replenishment, winback) would send a stale timestamp.
 */
export function metaCapiTemplate(useCase: UseCase): string {
  return `${dedupePreamble(useCase.id)}
{
  "data": [{
    "event_name": ${JSON.stringify(useCase.eventName)},
    "event_time": {{ "now" | date: "%s" }},
    "event_id": "${DEDUPE_HASH}",
    "action_source": "system_generated",
    "user_data": {
      "external_id": [${str('customer.id')}]
      {%- if customer.email != blank %},
      "em": ["${EMAIL_SHA256}"]
      {%- endif %}
      {%- if customer.phone != blank %},
      "ph": ["${PHONE_DIGITS_SHA256}"]
      {%- endif %}
    },
    "custom_data": {
      "schema_version": ${SCHEMA_VERSION},
      "reason": ${JSON.stringify(useCase.reason)},
      "value": {{ event.total | default: 0 | plus: 0 }},
      "currency": {{ event.currency | default: "USD" | upcase | json }},
      "content_category": {{ event.product_family | default: "" | strip_newlines | json }}
    }
  }]
}
`;
}
