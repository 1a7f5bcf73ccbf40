import type { UseCaseId } from '../use-case-types.ts';
import { numOrNull, SKU_IDS, str, strOrNull } from './snippets.ts';

/**
 * Business fields per use case for rich destinations (warehouse, webhook, analytics):
 * "keep warehouse events rich" so SKU-level recovery can be analysed later.
 */
export const RICH_PROPERTIES: Record<UseCaseId, Array<[string, string]>> = {
  cart_abandonment: [
    ['cart_id', str('event.cart_id')],
    ['cart_value', numOrNull('event.total')],
    ['currency', '{{ event.currency | default: "USD" | upcase | json }}'],
    ['item_count', '{{ event.items | default: "" | size }}'],
    ['sku_ids', SKU_IDS],
    ['checkout_url', strOrNull('event.checkout_url')],
  ],
  purchase_removal: [
    ['order_id', str('event.order_id')],
    ['order_value', numOrNull('event.total')],
    ['currency', '{{ event.currency | default: "USD" | upcase | json }}'],
    ['sku_ids', SKU_IDS],
  ],
  winback_90d: [
    ['days_since_last_order', numOrNull('customer.days_since_last_order')],
    ['last_order_at', numOrNull('customer.last_order_at')],
    ['orders_count', numOrNull('customer.orders_count')],
    ['lifetime_value', numOrNull('customer.lifetime_value')],
  ],
  winback_reactivated_removal: [
    ['order_id', str('event.order_id')],
    ['order_value', numOrNull('event.total')],
    ['days_since_previous_order', numOrNull('event.days_since_previous_order')],
  ],
  vip_tier_entered: [
    ['loyalty_tier', '{{ customer.loyalty_tier | default: "" | downcase | json }}'],
    ['tier_entered_at', numOrNull('customer.tier_entered_at')],
    ['lifetime_value', numOrNull('customer.lifetime_value')],
  ],
  replenishment: [
    ['order_id', str('event.order_id')],
    ['product_family', '{{ event.product_family | default: "" | strip_newlines | json }}'],
    ['sku_ids', SKU_IDS],
  ],
  warehouse_journey_log: [
    ['journey_id', str('event.journey_id')],
    ['journey_name', strOrNull('event.journey_name')],
    ['step', strOrNull('event.step')],
    ['decision', strOrNull('event.decision')],
    ['cart_value', numOrNull('event.cart_value')],
  ],
};
