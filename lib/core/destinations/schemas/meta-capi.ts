/** Meta Conversions API events request (destinations.md 5.3). */
export const META_CAPI_HASHED_USER_FIELDS = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country'] as const;

const sha256Ref = { $ref: '#/$defs/sha256' };

export const metaCapiSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dest/meta.capi.events/v1',
  type: 'object',
  required: ['data'],
  properties: {
    test_event_code: { type: 'string' },
    data: {
      type: 'array', minItems: 1, 'x-items-noun': 'events',
      items: {
        type: 'object',
        required: ['event_name', 'event_time', 'action_source', 'user_data'],
        properties: {
          event_name: { type: 'string', minLength: 1 },
          event_time: { type: 'integer', minimum: 1000000000, maximum: 9999999999 },
          event_id: { type: 'string', minLength: 1, maxLength: 256 },
          action_source: {
            enum: ['website', 'app', 'email', 'phone_call', 'chat', 'physical_store',
              'system_generated', 'business_messaging', 'other'],
          },
          event_source_url: { type: 'string', format: 'uri' },
          user_data: {
            type: 'object', minProperties: 1, 'x-items-noun': 'identifiers',
            properties: {
              em: { type: 'array', items: sha256Ref },
              ph: { type: 'array', items: sha256Ref },
              fn: sha256Ref, ln: sha256Ref, ge: sha256Ref, db: sha256Ref,
              ct: sha256Ref, st: sha256Ref, zp: sha256Ref, country: sha256Ref,
              external_id: { type: 'array', items: { type: 'string' } },
              client_ip_address: { type: 'string' },
              client_user_agent: { type: 'string' },
              fbc: { type: 'string' },
              fbp: { type: 'string' },
            },
          },
          custom_data: {
            type: 'object',
            properties: {
              value: { type: 'number' },
              currency: { type: 'string', pattern: '^[A-Za-z]{3}$', 'x-error': 'must be a 3-letter ISO 4217 currency code' },
              content_ids: { type: 'array', items: { type: 'string' } },
              order_id: { type: 'string' },
            },
          },
        },
        if: { properties: { action_source: { const: 'website' } } },
        then: {
          required: ['event_source_url'],
          properties: { user_data: { required: ['client_user_agent'] } },
        },
      },
    },
  },
  $defs: { sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' } },
  'x-custom-checks': [
    'now - event_time <= 7 days',
    'event_time looks like seconds, not milliseconds',
    'event_id identical across retries of the same trigger, distinct across re-entries',
  ],
} as const;
