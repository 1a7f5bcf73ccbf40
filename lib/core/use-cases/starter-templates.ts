import type { DestinationId } from '../destinations/catalog.ts';
import type { UseCase, UseCaseId } from './use-case-types.ts';
import { getUseCase } from './use-cases.ts';
import { googleCustomerMatchTemplate, metaCustomAudienceTemplate, tiktokAudienceTemplate } from './templates/ads-audience-templates.ts';
import {
  analyticsTrackTemplate, metaCapiTemplate, warehouseEventsTemplate, webhookTemplate, type StarterOptions,
} from './templates/rich-templates.ts';

export type { StarterOptions } from './templates/rich-templates.ts';

const BUILDERS: Record<DestinationId, (useCase: UseCase, opts: StarterOptions) => string> = {
  meta_custom_audience: metaCustomAudienceTemplate,
  meta_capi: metaCapiTemplate,
  google_customer_match: googleCustomerMatchTemplate,
  tiktok_audience: tiktokAudienceTemplate,
  warehouse_events: warehouseEventsTemplate,
  analytics_track: analyticsTrackTemplate,
  webhook: webhookTemplate,
};

/**
 * A JSON-safe Liquid payload (Customer.io latest Liquid) for a use case and destination.
 * Works for any pair; `suggestedDestinations` lists the pairs that make sense.
 * `opts` fills the Trigger Studio trigger id/version where the payload carries them.
 */
export function starterTemplate(useCaseId: UseCaseId, destinationId: DestinationId, opts: StarterOptions = {}): string {
  const useCase = getUseCase(useCaseId);
  const build = BUILDERS[destinationId];
  if (!useCase || !build) return '';
  return build(useCase, opts);
}
