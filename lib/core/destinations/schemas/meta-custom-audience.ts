/**
 * Meta Custom Audience users edge (destinations.md 5.2). Add and remove share this body;
 * only the HTTP method differs (POST adds, DELETE removes).
 */
export const META_HASHED_SCHEMA_KEYS = ['EMAIL_SHA256', 'PHONE_SHA256'] as const;
export const META_MULTI_KEY_COLUMNS = [
  'EXTERN_ID', 'EMAIL', 'PHONE', 'GEN', 'DOBY', 'DOBM', 'DOBD',
  'LN', 'FN', 'FI', 'CT', 'ST', 'ZIP', 'COUNTRY', 'MADID', 'LOOKALIKE_VALUE',
] as const;
/** Columns Meta expects in clear text; every other column is SHA-256 of the normalised value. */
export const META_UNHASHED_COLUMNS: readonly string[] = ['EXTERN_ID', 'MADID', 'LOOKALIKE_VALUE'];

export const metaCustomAudienceSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dest/meta.custom_audience.users/v1',
  type: 'object',
  required: ['payload'],
  properties: {
    payload: {
      type: 'object',
      required: ['schema', 'data'],
      properties: {
        schema: {
          'x-error': 'must be one of EMAIL_SHA256, PHONE_SHA256, MOBILE_ADVERTISER_ID, UID, or an array of multi-key column names',
          oneOf: [
            { enum: ['EMAIL_SHA256', 'PHONE_SHA256', 'MOBILE_ADVERTISER_ID', 'UID'] },
            {
              type: 'array', minItems: 1, uniqueItems: true, 'x-items-noun': 'columns',
              items: { enum: [...META_MULTI_KEY_COLUMNS] },
            },
          ],
        },
        data: {
          type: 'array', minItems: 1, maxItems: 10000, 'x-items-noun': 'rows',
          items: {
            'x-error': 'must be one identifier (hash, "" or number) or a row array of identifiers',
            oneOf: [
              { $ref: '#/$defs/cell' },
              { type: 'array', minItems: 1, 'x-items-noun': 'cells', items: { $ref: '#/$defs/cell' } },
            ],
          },
        },
        app_ids: { type: 'array', items: { type: 'string' } },
        page_ids: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
  },
  $defs: {
    sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
    cell: {
      'x-error': 'must be a SHA-256 hash, "" for unknown, a string of at most 256 characters or a number',
      anyOf: [
        { $ref: '#/$defs/sha256' }, { const: '' },
        { type: 'string', maxLength: 256 }, { type: 'number' },
      ],
    },
  },
  'x-custom-checks': [
    'every row length == schema length',
    'hashed columns (all except EXTERN_ID, MADID, LOOKALIKE_VALUE) must match ^[a-f0-9]{64}$ or be empty',
    "no cell equals sha256('') e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  ],
} as const;
