import { z } from 'zod';
import { sampleSchema } from '../trigger/definition.ts';

export const BUNDLE_FORMAT = 'trigger-studio.bundle';
export const BUNDLE_FORMAT_VERSION = 1;
/** Bundles are small text files; refuse anything absurd before parsing it. */
export const MAX_BUNDLE_CHARS = 5_000_000;

const headerSchema = z.object({ name: z.string().min(1), value: z.string(), secret: z.boolean().optional() });

/** Settings keep unknown members (triggerKind, dialect, ...) so the content hash survives a round trip. */
const settingsSchema = z.looseObject({
  url: z.string().optional(),
  method: z.string().optional(),
  headers: z.array(headerSchema).optional(),
});

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  exportedAt: z.string().optional(),
  trigger: z.strictObject({
    id: z.string().min(1),
    name: z.string(),
    useCase: z.string().min(1),
    destination: z.string().min(1),
  }),
  version: z.strictObject({
    number: z.number().int().min(1),
    status: z.string().min(1),
    template: z.string(),
    condition: z.string(),
    samples: z.array(sampleSchema),
    settings: settingsSchema,
    approvedBy: z.string().optional(),
    approvedAt: z.string().optional(),
  }),
  contentHash: z.string().regex(/^[a-f0-9]{64}$/, 'must be 64 lowercase hex characters (sha256)'),
});

export type Bundle = z.infer<typeof bundleSchema>;
