import { positionAt } from '../diagnostics.ts';
import { isJsonObject, type JsonObject, type Sample, type SegmentMessage } from '../sample.ts';
import { jsonSyntaxError } from '../preview/json-syntax-error.ts';
import { describeZodError, LIMITS, sampleSchema } from './definition.ts';

export type ParsedSample = { ok: true; sample: Sample } | { ok: false; error: string };

const MESSAGE_TYPES = new Set(['identify', 'track', 'page', 'screen', 'group', 'alias']);

/** JSON.parse with "line L, column C: reason" errors. */
export function parseJsonWithPosition(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const found = jsonSyntaxError(text);
    if (!found) return { ok: false, error: `Invalid JSON: ${(err as Error).message}` };
    const p = positionAt(text, found.offset);
    return { ok: false, error: `Invalid JSON at line ${p.line}, column ${p.column}: ${found.message}` };
  }
}

/** Deeper samples overflow the stack in the recursive renderers and editors of the page. */
export const MAX_SAMPLE_DEPTH = 64;

/** Nesting depth of a JSON value (a scalar is 0, `{}` and `[]` are 1), measured without recursion. */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > max) max = level;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, level]);
    }
  }
  return max;
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'sample';
  let id = slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}

/**
 * Accepts what marketers paste: a whole sample ({customer, message}), a raw Customer.io/Segment
 * message (identify/track/...), or a raw person (attributes). Anything else is explained.
 */
export function parseSampleInput(text: string, takenIds: ReadonlySet<string>, fallbackName: string): ParsedSample {
  if (text.length > LIMITS.sampleJsonChars) return { ok: false, error: `The sample is over ${LIMITS.sampleJsonChars} characters.` };
  const parsed = parseJsonWithPosition(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const depth = jsonDepth(value);
  if (depth > MAX_SAMPLE_DEPTH) return { ok: false, error: `The sample is nested ${depth} levels deep; the limit is ${MAX_SAMPLE_DEPTH}.` };
  if (!isJsonObject(value)) return { ok: false, error: 'Paste a JSON object: a person, a Customer.io event message, or a sample with "customer" and "message".' };

  let candidate: unknown;
  if (isJsonObject(value.customer) || isJsonObject(value.message)) {
    candidate = { customer: {}, message: {}, ...value };
  } else if (typeof value.type === 'string' && MESSAGE_TYPES.has(value.type)) {
    const message = value as SegmentMessage;
    const traits = isJsonObject(message.traits) ? message.traits : isJsonObject(message.context?.traits) ? (message.context.traits as JsonObject) : {};
    candidate = { name: message.event ?? `${message.type} message`, customer: { ...traits, ...(message.userId ? { id: message.userId } : {}) }, message };
  } else {
    candidate = { name: String(value.email ?? value.id ?? fallbackName), customer: value, message: { type: 'identify', userId: value.id ?? null, traits: value } };
  }
  const c = candidate as Record<string, unknown>;
  const name = typeof c.name === 'string' && c.name.trim() ? c.name.trim().slice(0, 120) : fallbackName;
  const id = typeof c.id === 'string' && c.id && !takenIds.has(c.id) ? c.id : uniqueId(name, takenIds);
  const result = sampleSchema.safeParse({ ...c, id, name });
  if (!result.success) return { ok: false, error: `Not a usable sample: ${describeZodError(result.error)}` };
  return { ok: true, sample: result.data as Sample };
}
