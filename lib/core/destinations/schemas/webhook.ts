/** Our default generic webhook envelope (destinations.md 5.8) — a recommendation, not a vendor contract. */
export const webhookSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dest/generic.webhook_envelope/v1',
  type: 'object',
  required: ['event_id', 'event_name', 'occurred_at', 'person', 'data'],
  properties: {
    event_id: { type: 'string' },
    event_name: { type: 'string' },
    occurred_at: { type: 'string', format: 'date-time' },
    trigger: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'integer' } } },
    person: {
      type: 'object', required: ['id'],
      properties: { id: { type: 'string' }, email: { type: 'string', format: 'email' } },
    },
    data: { type: 'object' },
  },
} as const;
