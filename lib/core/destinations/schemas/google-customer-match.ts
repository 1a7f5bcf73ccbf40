/** Google Ads Customer Match OfflineUserDataJob addOperations, REST casing (destinations.md 5.4). */
export const googleCustomerMatchSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'dest/google.customer_match.add_operations/v1',
  type: 'object',
  required: ['operations'],
  properties: {
    enablePartialFailure: { type: 'boolean' },
    validateOnly: { type: 'boolean' },
    operations: {
      type: 'array', minItems: 1, 'x-items-noun': 'operations',
      items: {
        type: 'object', minProperties: 1, maxProperties: 1,
        'x-error': 'each operation must set exactly one of create, remove, removeAll',
        properties: {
          create: { $ref: '#/$defs/userData' },
          remove: { $ref: '#/$defs/userData' },
          removeAll: { type: 'boolean' },
        },
      },
    },
  },
  $defs: {
    sha256: { type: 'string', pattern: '^[a-f0-9]{64}$' },
    userData: {
      type: 'object', required: ['userIdentifiers'],
      properties: {
        userIdentifiers: {
          type: 'array', minItems: 1, maxItems: 20, 'x-items-noun': 'identifiers',
          items: {
            type: 'object', minProperties: 1, maxProperties: 1,
            'x-error': 'each user identifier must set exactly one of hashedEmail, hashedPhoneNumber, mobileId, thirdPartyUserId, addressInfo (Google silently keeps only the last)',
            properties: {
              hashedEmail: { $ref: '#/$defs/sha256' },
              hashedPhoneNumber: { $ref: '#/$defs/sha256' },
              mobileId: { type: 'string' },
              thirdPartyUserId: { type: 'string' },
              addressInfo: {
                type: 'object',
                required: ['hashedFirstName', 'hashedLastName', 'countryCode', 'postalCode'],
                properties: {
                  hashedFirstName: { $ref: '#/$defs/sha256' },
                  hashedLastName: { $ref: '#/$defs/sha256' },
                  countryCode: { type: 'string', pattern: '^[A-Z]{2}$', 'x-error': 'must be an unhashed 2-letter uppercase country code such as "US"' },
                  postalCode: { type: 'string', minLength: 1 },
                },
              },
            },
          },
        },
      },
    },
  },
  'x-custom-checks': [
    'total identifiers across operations <= 100000',
    'phone preimage matched ^\\+[1-9][0-9]{6,14}$ before hashing',
  ],
} as const;
