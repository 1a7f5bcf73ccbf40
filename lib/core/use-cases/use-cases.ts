import type { UseCase, UseCaseId } from './use-case-types.ts';

export type { UseCase, UseCaseId, AudienceAction } from './use-case-types.ts';

export const USE_CASES: readonly UseCase[] = [
  {
    id: 'cart_abandonment',
    label: 'Cart abandonment audience',
    description:
      'Push high-intent cart abandoners into a retargeting audience and log the cart to the warehouse. Pair it with purchase removal so buyers stop seeing ads.',
    triggerKind: 'event',
    defaultCondition: 'type = "track" and event = "Checkout Started" and properties.total >= 50',
    audienceAction: 'add',
    pairedUseCase: 'purchase_removal',
    suggestedDestinations: ['meta_custom_audience', 'google_customer_match', 'tiktok_audience', 'warehouse_events', 'webhook'],
    reason: 'cart_abandon_high_value',
    eventName: 'cart_abandonment_triggered',
  },
  {
    id: 'purchase_removal',
    label: 'Purchase removal',
    description:
      'Remove a buyer from the cart-abandonment audience as soon as the order completes, so paid stops targeting people who already converted.',
    triggerKind: 'event',
    defaultCondition: 'type = "track" and event = "Order Completed"',
    audienceAction: 'remove',
    pairedUseCase: 'cart_abandonment',
    suggestedDestinations: ['meta_custom_audience', 'google_customer_match', 'tiktok_audience', 'warehouse_events'],
    reason: 'purchased_remove_from_retargeting',
    eventName: 'purchase_removal_triggered',
  },
  {
    id: 'winback_90d',
    label: 'Winback (lapsed 90 days)',
    description:
      'Sync customers with no purchase in 90 days to a winback audience and suppress them from acquisition campaigns.',
    triggerKind: 'person',
    defaultCondition: 'type = "identify" and traits.days_since_last_order >= 90',
    audienceAction: 'add',
    pairedUseCase: 'winback_reactivated_removal',
    suggestedDestinations: ['meta_custom_audience', 'google_customer_match', 'tiktok_audience', 'warehouse_events'],
    reason: 'lapsed_90d',
    eventName: 'winback_lapsed_90d',
  },
  {
    id: 'winback_reactivated_removal',
    label: 'Winback removal on reactivation',
    description:
      'Remove a lapsed customer from the winback audience when they order again, so the winback spend stops the moment it worked.',
    triggerKind: 'event',
    defaultCondition:
      'type = "track" and event = "Order Completed" and properties.days_since_previous_order >= 90',
    audienceAction: 'remove',
    pairedUseCase: 'winback_90d',
    suggestedDestinations: ['meta_custom_audience', 'google_customer_match', 'tiktok_audience', 'warehouse_events'],
    reason: 'reactivated_after_lapse',
    eventName: 'winback_reactivated',
  },
  {
    id: 'vip_tier_entered',
    label: 'VIP tier entered',
    description:
      'Push VIP tier changes to ad platforms for loyalty-only offers and to analytics/warehouse for measurement.',
    triggerKind: 'person',
    defaultCondition: 'type = "identify" and traits.loyalty_tier = "vip"',
    audienceAction: 'add',
    suggestedDestinations: ['meta_custom_audience', 'google_customer_match', 'analytics_track', 'warehouse_events'],
    reason: 'vip_tier_entered',
    eventName: 'vip_tier_entered',
  },
  {
    id: 'replenishment',
    label: 'Replenishment reminder signal',
    description:
      'When an order is delivered (plus a journey delay, e.g. 10 days), send a conversion-style signal with the product family so replenishment creative can run by category.',
    triggerKind: 'event',
    defaultCondition: 'type = "track" and event = "Order Delivered"',
    audienceAction: null,
    suggestedDestinations: ['meta_capi', 'analytics_track', 'warehouse_events'],
    reason: 'replenishment_window_open',
    eventName: 'replenishment_due',
  },
  {
    id: 'warehouse_journey_log',
    label: 'Warehouse journey log',
    description:
      'Log journey decisions (entered, exited, converted) as structured rows so BI can tie orchestration to revenue.',
    triggerKind: 'event',
    defaultCondition: 'type = "track" and match(event, "Journey *")',
    audienceAction: null,
    suggestedDestinations: ['warehouse_events', 'analytics_track', 'webhook'],
    reason: 'journey_decision_logged',
    eventName: 'journey_decision',
  },
];

export function getUseCase(id: string): UseCase | undefined {
  return USE_CASES.find((u) => u.id === id);
}

export function isUseCaseId(id: string): id is UseCaseId {
  return USE_CASES.some((u) => u.id === id);
}
