import type { TriggerKind } from '../sample.ts';
import type { DestinationId } from '../destinations/catalog.ts';

export type UseCaseId =
  | 'cart_abandonment'
  | 'purchase_removal'
  | 'winback_90d'
  | 'winback_reactivated_removal'
  | 'vip_tier_entered'
  | 'replenishment'
  | 'warehouse_journey_log';

export type AudienceAction = 'add' | 'remove' | null;

export type UseCase = {
  id: UseCaseId;
  label: string;
  description: string;
  triggerKind: TriggerKind;
  /** Canonical FQL (double quotes, lowercase keywords) for Data Pipelines code mode. */
  defaultCondition: string;
  audienceAction: AudienceAction;
  /** The add/remove counterpart: an audience add needs a removal path (seed: "purchase removal"). */
  pairedUseCase?: UseCaseId;
  suggestedDestinations: DestinationId[];
  /** The `reason` value the starter payloads send ("send why, not just what"). */
  reason: string;
  /** snake_case event name for warehouse/webhook rows. */
  eventName: string;
};
