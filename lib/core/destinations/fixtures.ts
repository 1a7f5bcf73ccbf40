/** Valid example payloads per destination: shared by tests and usable as template starters. */
import type { DestinationId } from './catalog.ts';
import { sha256Hex } from './sha256-hex.ts';

const EMAIL = sha256Hex('jane.doe@example.com');
const PHONE_DIGITS = sha256Hex('14155550123');
const PHONE_E164 = sha256Hex('+14155550123');

/** `nowSec` is the Unix time the example event fired at (CAPI rejects events older than 7 days). */
export function validPayloads(nowSec: number): Record<DestinationId, unknown> {
  return {
    meta_custom_audience: {
      payload: {
        schema: ['EMAIL', 'PHONE', 'FN', 'EXTERN_ID'],
        data: [[EMAIL, PHONE_DIGITS, sha256Hex('jane'), 'cio_123'], [EMAIL, '', '', '']],
      },
    },
    meta_capi: {
      data: [{
        event_name: 'Purchase', event_time: nowSec, event_id: 'evt_cart_123_1', action_source: 'website',
        event_source_url: 'https://shop.example.com/cart',
        user_data: { em: [EMAIL], ph: [PHONE_DIGITS], client_user_agent: 'Mozilla/5.0', client_ip_address: '203.0.113.7' },
        custom_data: { value: 140, currency: 'USD', content_ids: ['sku_1'] },
      }],
    },
    google_customer_match: {
      enablePartialFailure: true,
      operations: [{
        create: {
          userIdentifiers: [
            { hashedEmail: EMAIL }, { hashedPhoneNumber: PHONE_E164 },
            { addressInfo: { hashedFirstName: sha256Hex('jane'), hashedLastName: sha256Hex('doe'), countryCode: 'US', postalCode: '94045' } },
          ],
        },
      }],
    },
    tiktok_audience: {
      advertiser_ids: ['7000000000000000000'], action: 'add', id_schema: ['EMAIL_SHA256', 'PHONE_SHA256'],
      batch_data: [[{ id: EMAIL, audience_ids: ['123'] }, {}]],
    },
    warehouse_events: {
      event_id: 'ws1:trg_42:v3:cio_123:evt_9', event_name: 'cart_abandonment_triggered',
      occurred_at: new Date(nowSec * 1000).toISOString(), person_id: 'cio_123', email_sha256: EMAIL,
      trigger_id: 'trg_42', trigger_version: 3, campaign_id: null, action_id: '77', properties: { cart_value: 140 },
      schema_version: 1,
    },
    analytics_track: {
      type: 'track', event: 'Cart Abandoned', userId: 'cio_123', messageId: 'trg_42-cio_123-evt_9',
      timestamp: new Date(nowSec * 1000).toISOString(), properties: { cart_value: 140 },
    },
    webhook: {
      event_id: 'trg_42-cio_123-evt_9', event_name: 'cart_abandoned', occurred_at: new Date(nowSec * 1000).toISOString(),
      trigger: { id: 'trg_42', version: 3 }, person: { id: 'cio_123', email: 'jane.doe@example.com' }, data: { cart_value: 140 },
    },
  };
}
