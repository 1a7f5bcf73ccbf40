/** TikTok Business API segment/mapping (destinations.md 5.5). */
export const tiktokAudienceSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dest/tiktok.segment_mapping/v1',
  type: 'object',
  required: ['advertiser_ids', 'action', 'id_schema', 'batch_data'],
  properties: {
    advertiser_ids: { type: 'array', minItems: 1, 'x-items-noun': 'advertiser ids', items: { type: 'string' } },
    action: { enum: ['add', 'delete'] },
    id_schema: {
      type: 'array', minItems: 1, uniqueItems: true, 'x-items-noun': 'id types',
      items: { enum: ['EMAIL_SHA256', 'PHONE_SHA256', 'IDFA_SHA256', 'GAID_SHA256'] },
    },
    batch_data: {
      type: 'array', minItems: 1, 'x-items-noun': 'people',
      items: {
        type: 'array', 'x-items-noun': 'identifiers',
        // Same meaning as the doc's anyOf [{} , {id, audience_ids}], written as if/then so a
        // non-empty cell reports its real problem instead of "must have at most 0 properties".
        items: {
          type: 'object',
          if: { minProperties: 1 },
          then: {
            required: ['id', 'audience_ids'],
            properties: {
              id: { type: 'string', pattern: '^[a-f0-9]{64}$' },
              audience_ids: { type: 'array', minItems: 1, 'x-items-noun': 'audience ids', items: { type: 'string' } },
            },
          },
        },
      },
    },
  },
  'x-custom-checks': [
    'each inner array length == id_schema length',
    'response: treat body.code != 0 as failure even on HTTP 200',
  ],
} as const;
