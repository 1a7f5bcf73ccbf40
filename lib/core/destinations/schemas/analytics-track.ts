/** Segment-style `track` call (destinations.md 5.7). */
export const analyticsTrackSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dest/analytics.track/v1',
  type: 'object',
  required: ['type', 'event'],
  'x-error': 'must have userId or anonymousId',
  anyOf: [{ required: ['userId'] }, { required: ['anonymousId'] }],
  properties: {
    type: { const: 'track' },
    event: { type: 'string', minLength: 1 },
    userId: { type: 'string', minLength: 1 },
    anonymousId: { type: 'string', minLength: 1 },
    messageId: { type: 'string', minLength: 1 },
    timestamp: { type: 'string', format: 'date-time' },
    properties: { type: 'object' },
    context: { type: 'object' },
    integrations: { type: 'object', additionalProperties: { type: ['boolean', 'object'] } },
  },
  'x-custom-checks': [
    'serialized size < 32 KB (client libraries use 32,000 bytes)',
    'messageId stable across retries',
  ],
} as const;
