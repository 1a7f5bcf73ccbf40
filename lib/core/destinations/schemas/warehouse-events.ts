/** Our recommended warehouse events row (destinations.md 5.6) — not a vendor contract. */
export const warehouseEventsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dest/warehouse.events_row/v1',
  type: 'object',
  required: ['event_id', 'event_name', 'occurred_at', 'person_id', 'trigger_id', 'trigger_version', 'properties'],
  properties: {
    event_id: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$', 'x-error': 'must be 8-128 characters of letters, digits, _ . : -' },
    event_name: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,63}$', 'x-error': 'must be snake_case: start with a-z, then a-z, 0-9 or _, at most 64 characters' },
    occurred_at: { type: 'string', format: 'date-time' },
    person_id: { type: 'string', minLength: 1 },
    email_sha256: { type: ['string', 'null'], pattern: '^[a-f0-9]{64}$' },
    trigger_id: { type: 'string' },
    trigger_version: { type: 'integer', minimum: 1 },
    campaign_id: { type: ['string', 'null'] },
    action_id: { type: ['string', 'null'] },
    properties: { type: 'object' },
    schema_version: { type: 'integer', minimum: 1 },
  },
  additionalProperties: false,
} as const;
