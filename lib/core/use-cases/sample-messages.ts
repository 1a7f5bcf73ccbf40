import type { JsonObject, JsonValue, SegmentMessage } from '../sample.ts';
import type { UseCaseId } from './use-case-types.ts';

export type SampleVariant = 'complete' | 'missing-optional' | 'dirty';

const WEB_CONTEXT: JsonObject = {
  ip: '203.0.113.24',
  locale: 'en-US',
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15',
  library: { name: 'analytics.js', version: '2.11.1' },
  page: { path: '/checkout', url: 'https://shop.example.com/checkout', title: 'Checkout' },
  campaign: { name: 'spring_sale', source: 'newsletter', medium: 'email' },
};

const ITEMS: JsonValue = [
  { sku: 'SKU-1001', name: 'Daily Moisturiser 50ml', category: 'skincare', qty: 1, price: 89.5 },
  { sku: 'SKU-2002', name: 'Travel Cleanser', category: 'skincare', qty: 2, price: 25.25 },
];

/** An odd SKU array: quotes, numbers, bare strings, nesting, nulls and empty objects. */
const DIRTY_ITEMS: JsonValue = [
  { sku: 'SKU-"1001"', name: 'Serum\n"Night"', qty: '2', price: '19.99' },
  1002,
  'RAW-SKU-3',
  ['nested', 'SKU-4'],
  { sku: null, qty: null },
  {},
];

type Parts = { event?: string; properties: Record<SampleVariant, JsonObject> };

/** Event properties per use case; identify use cases carry traits instead (see buildMessage). */
const TRACK_PARTS: Partial<Record<UseCaseId, Parts>> = {
  cart_abandonment: {
    event: 'Checkout Started',
    properties: {
      complete: { cart_id: 'cart_7781', total: 140.0, currency: 'USD', items: ITEMS, checkout_url: 'https://shop.example.com/cart/7781', coupon: 'SPRING10' },
      'missing-optional': { cart_id: 'cart_7782', total: 64, items: [{ sku: 'SKU-3003' }] },
      dirty: { cart_id: 'cart "7783"', total: null, currency: 'usd', items: DIRTY_ITEMS },
    },
  },
  purchase_removal: {
    event: 'Order Completed',
    properties: {
      complete: { order_id: 'ord_5501', total: 140.0, revenue: 128.5, currency: 'USD', items: ITEMS, coupon: 'SPRING10' },
      'missing-optional': { order_id: 'ord_5502', total: 64 },
      dirty: { order_id: 5503, total: '128.50', currency: 'usd', items: DIRTY_ITEMS },
    },
  },
  winback_reactivated_removal: {
    event: 'Order Completed',
    properties: {
      complete: { order_id: 'ord_6601', total: 98.0, currency: 'USD', days_since_previous_order: 104, items: ITEMS },
      'missing-optional': { order_id: 'ord_6602', days_since_previous_order: 91 },
      dirty: { order_id: 'ord "6603"', total: null, currency: 'usd', days_since_previous_order: '120', items: DIRTY_ITEMS },
    },
  },
  replenishment: {
    event: 'Order Delivered',
    properties: {
      complete: { order_id: 'ord_7701', product_family: 'skincare', total: 89.5, currency: 'USD', delivered_at: 1767052800, items: ITEMS },
      'missing-optional': { order_id: 'ord_7702' },
      dirty: { order_id: 7703, product_family: 'Skin "Care"\nLine', total: null, currency: 'usd', items: DIRTY_ITEMS },
    },
  },
  warehouse_journey_log: {
    event: 'Journey Entered',
    properties: {
      complete: { journey_id: 'jrn_cart_recovery', journey_name: 'Cart recovery', step: 'entry', decision: 'entered', campaign_id: 'cmp_42', action_id: 'act_7', cart_value: 140.0, items: ITEMS },
      'missing-optional': { journey_id: 'jrn_winback', decision: 'exited' },
      dirty: { journey_id: 'jrn "odd"', journey_name: 'Line\nBreak', decision: null, cart_value: null, items: DIRTY_ITEMS },
    },
  },
};

const TIMESTAMPS: Record<SampleVariant, string> = {
  complete: '2026-01-05T14:03:12.000Z',
  'missing-optional': '2026-01-06T09:15:00.000Z',
  dirty: '2026-01-07T23:59:59.000Z',
};

export function buildMessage(useCase: UseCaseId, variant: SampleVariant, person: JsonObject, traits: JsonObject): SegmentMessage {
  const userId = String(person.id);
  const messageId = `msg_${useCase}_${variant.replace('-', '_')}`;
  const parts = TRACK_PARTS[useCase];
  if (!parts) {
    return { type: 'identify', userId, messageId, timestamp: TIMESTAMPS[variant], traits, context: { ...WEB_CONTEXT, page: { path: '/account', url: 'https://shop.example.com/account' } } };
  }
  const context: JsonObject = variant === 'missing-optional'
    ? { library: { name: 'analytics-node', version: '6.2.0' } }
    : { ...WEB_CONTEXT, traits: { email: person.email ?? null } };
  const message: SegmentMessage = { type: 'track', userId, messageId, timestamp: TIMESTAMPS[variant], properties: parts.properties[variant], context };
  if (parts.event) message.event = parts.event;
  return message;
}

/** The message of the opposite type, which the default condition must NOT match. */
export function nonMatchingMessage(useCase: UseCaseId, person: JsonObject): SegmentMessage {
  const userId = String(person.id);
  if (TRACK_PARTS[useCase]) {
    return { type: 'identify', userId, messageId: `msg_${useCase}_profile_update`, timestamp: '2026-01-08T10:00:00.000Z', traits: { email: person.email ?? null, first_name: person.first_name ?? null }, context: { library: { name: 'analytics.js', version: '2.11.1' } } };
  }
  return { type: 'track', event: 'Product Viewed', userId, messageId: `msg_${useCase}_product_viewed`, timestamp: '2026-01-08T10:00:00.000Z', properties: { sku: 'SKU-1001', category: 'skincare', price: 89.5 }, context: WEB_CONTEXT };
}
