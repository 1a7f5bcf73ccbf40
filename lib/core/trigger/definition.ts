import { z } from 'zod';
import type { Sample } from '../sample.ts';

/** Limits that keep one definition small enough to render live and store safely. */
export const LIMITS = {
  templateChars: 200_000, // the renderer's own limit (lib/core/liquid/limits.ts)
  conditionChars: 20_000,
  samples: 25,
  sampleJsonChars: 200_000,
  nameChars: 120,
} as const;

const jsonObject = z.record(z.string(), z.unknown());

export const sampleSchema = z.object({
  id: z.string().min(1).max(80),
  name: z.string().min(1).max(120),
  description: z.string().max(500).optional(),
  customer: jsonObject,
  message: jsonObject,
  trigger: jsonObject.optional(),
});

export const headerSchema = z.object({
  name: z.string().min(1).max(200),
  value: z.string().max(4000),
  secret: z.boolean().optional(),
});

export const settingsSchema = z.object({
  url: z.string().max(2000).default(''),
  method: z.enum(['POST', 'PUT', 'DELETE', 'PATCH']).default('POST'),
  headers: z.array(headerSchema).max(30).default([]),
});

export const triggerDefinitionSchema = z.object({
  useCase: z.string().min(1).max(60),
  destination: z.string().min(1).max(60),
  triggerKind: z.enum(['person', 'event', 'webhook', 'object']),
  dialect: z.enum(['latest', 'legacy']),
  template: z.string().max(LIMITS.templateChars, `The payload template is over ${LIMITS.templateChars} characters.`),
  condition: z.string().max(LIMITS.conditionChars, `The condition is over ${LIMITS.conditionChars} characters.`),
  samples: z
    .array(sampleSchema)
    .max(LIMITS.samples, `At most ${LIMITS.samples} samples per trigger.`)
    .refine((s) => new Set(s.map((x) => x.id)).size === s.length, 'Two samples share an id.'),
  settings: settingsSchema,
});

export type TriggerSettings = z.infer<typeof settingsSchema>;
export type TriggerDefinition = Omit<z.infer<typeof triggerDefinitionSchema>, 'samples'> & { samples: Sample[] };

/** "samples.2.customer: expected object" style text for the first few problems. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => {
      const path = i.path.filter((p) => p !== 'definition').join('.');
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}
