/**
 * Validate a rendered payload against its destination: JSON Schema (Ajv, draft 2020-12) first,
 * then the destination checks JSON Schema cannot express (size, identifier caps, event age,
 * hash sanity). Validators are compiled once per destination and cached for the live preview.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics.ts';
import { getDestination, type Destination, type DestinationId } from './catalog.ts';
import { inlineLocalRefs } from './inline-refs.ts';
import { ajvErrorsToDiagnostics } from './schema-errors.ts';
import type { DestinationCheck, Finding } from './checks/check-helpers.ts';
import { checkPayloadSize } from './checks/payload-size.ts';
import { checkMetaCustomAudience } from './checks/meta-custom-audience-checks.ts';
import { checkMetaCapi } from './checks/meta-capi-checks.ts';
import { checkGoogleCustomerMatch } from './checks/google-customer-match-checks.ts';
import { checkTiktokAudience } from './checks/tiktok-audience-checks.ts';
import { checkAnalyticsTrack, checkWarehouseEvents, checkWebhook } from './checks/event-checks.ts';

const CHECKS: Record<DestinationId, DestinationCheck[]> = {
  meta_custom_audience: [checkMetaCustomAudience],
  meta_capi: [checkMetaCapi],
  google_customer_match: [checkGoogleCustomerMatch],
  tiktok_audience: [checkTiktokAudience],
  warehouse_events: [checkWarehouseEvents],
  analytics_track: [checkAnalyticsTrack],
  webhook: [checkWebhook],
};

let ajv: InstanceType<typeof Ajv2020> | undefined;
const validators = new Map<DestinationId, ValidateFunction>();

function getAjv(): InstanceType<typeof Ajv2020> {
  if (!ajv) {
    // verbose: error mapping needs parentSchema (x-error, x-items-noun) and the offending data.
    ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictTuples: false, strictRequired: false });
    addFormats(ajv);
    for (const keyword of ['x-custom-checks', 'x-error', 'x-items-noun']) ajv.addKeyword({ keyword });
  }
  return ajv;
}

/** Compiled validator for a destination (cached per module). */
export function getValidator(destination: Destination): ValidateFunction {
  let v = validators.get(destination.id);
  if (!v) {
    v = getAjv().compile(inlineLocalRefs(destination.schema));
    validators.set(destination.id, v);
  }
  return v;
}

export type ValidatePayloadOptions = {
  /** Epoch ms for event-age checks; defaults to Date.now(). */
  now?: number;
};

export function validatePayload(
  destinationId: DestinationId,
  payload: unknown,
  renderedText: string,
  options: ValidatePayloadOptions = {},
): Diagnostic[] {
  const destination = getDestination(destinationId);
  if (!destination) {
    return [{ source: 'destination', code: 'destination/unknown', severity: 'error', message: `Unknown destination "${destinationId}"` }];
  }
  const validate = getValidator(destination);
  validate(payload);
  const schemaDiagnostics = ajvErrorsToDiagnostics(validate.errors);

  const ctx = { payload, renderedText, destination, now: options.now ?? Date.now() };
  const findings: Finding[] = [checkPayloadSize, ...CHECKS[destination.id]].flatMap((check) => check(ctx));
  const replaced = new Set(findings.filter((f) => f.replacesSchema).map((f) => f.path));
  const destinationDiagnostics = findings.map(({ replacesSchema: _r, ...d }) => d);

  return [...schemaDiagnostics.filter((d) => !replaced.has(d.path ?? '')), ...destinationDiagnostics];
}
