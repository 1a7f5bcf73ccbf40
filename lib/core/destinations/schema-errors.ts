/**
 * Turn Ajv errors into one readable Diagnostic per real problem.
 * oneOf/anyOf failures are resolved to the branch the value most plausibly meant (the one whose
 * errors sit deepest / are not plain type mismatches), so users see "must be at most 256
 * characters" instead of four branch failures plus "must match a schema in anyOf".
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics.ts';
import { describeBadHash } from './hash-messages.ts';

type Err = ErrorObject;
type Resolved = { errors: Err[]; score: number };

const COMPOSITE = new Set(['oneOf', 'anyOf']);
const MISMATCH = new Set(['type', 'const', 'enum']);
const SHA256_PATTERN = '^[a-f0-9]{64}$';

/** Branch errors of a composite: below it in the schema AND at or below its instance (array items share schema paths). */
function isUnder(e: Err, composite: Err): boolean {
  if (e === composite || !e.schemaPath.startsWith(composite.schemaPath + '/')) return false;
  const at = composite.instancePath;
  return e.instancePath === at || e.instancePath.startsWith(at + '/');
}

function leafScore(e: Err, scopePath: string): number {
  const sameInstance = e.instancePath === scopePath;
  if (sameInstance && (MISMATCH.has(e.keyword) || COMPOSITE.has(e.keyword))) return 100;
  if (e.keyword === 'pattern') return 2;
  return 1;
}

/** Resolve composites among `errors`; scores are relative to the instance at `scopePath`. */
function resolve(errors: Err[], scopePath: string): Resolved {
  const relevant = errors.filter((e) => e.keyword !== 'if');
  const composites = relevant.filter((e) => COMPOSITE.has(e.keyword));
  const outer = composites.filter((c) => !composites.some((o) => isUnder(c, o)));
  const out: Err[] = [];
  let score = 0;
  for (const e of relevant) {
    if (outer.some((c) => isUnder(e, c))) continue;
    if (!outer.includes(e)) {
      out.push(e);
      score += leafScore(e, scopePath);
      continue;
    }
    const picked = resolveComposite(e, relevant.filter((x) => isUnder(x, e)));
    out.push(...picked.errors);
    score += picked.errors.reduce((s, x) => s + leafScore(x, scopePath), 0);
  }
  return { errors: out, score };
}

function resolveComposite(c: Err, inner: Err[]): Resolved {
  // oneOf that failed because several branches matched: nothing deeper to report.
  if (c.keyword === 'oneOf' && c.params && (c.params as { passingSchemas?: unknown }).passingSchemas) {
    return { errors: [c], score: 100 };
  }
  const branches = new Map<string, Err[]>();
  for (const e of inner) {
    const branch = e.schemaPath.slice(c.schemaPath.length + 1).split('/')[0];
    branches.set(branch, [...(branches.get(branch) ?? []), e]);
  }
  const scored = [...branches.values()].map((errs) => resolve(errs, c.instancePath));
  scored.sort((a, b) => a.score - b.score);
  const best = scored[0];
  const tie = scored.length > 1 && scored[1].score === best?.score;
  if (!best || best.score >= 100 || (tie && xError(c))) return { errors: [c], score: 100 };
  return best;
}

function xError(e: Err): string | undefined {
  const parent = e.parentSchema as Record<string, unknown> | undefined;
  return typeof parent?.['x-error'] === 'string' ? (parent['x-error'] as string) : undefined;
}

function noun(e: Err, fallback: string): string {
  const parent = e.parentSchema as Record<string, unknown> | undefined;
  return typeof parent?.['x-items-noun'] === 'string' ? (parent['x-items-noun'] as string) : fallback;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function preview(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function sizeMessage(e: Err, count: number, fallbackNoun: string): string {
  const parent = (e.parentSchema ?? {}) as Record<string, number>;
  const isItems = e.keyword.endsWith('Items');
  const min = isItems ? parent.minItems : parent.minProperties;
  const max = isItems ? parent.maxItems : parent.maxProperties;
  const what = noun(e, fallbackNoun);
  if (typeof min === 'number' && typeof max === 'number') return `must have ${min} to ${max} ${what}, got ${count}`;
  if (e.keyword.startsWith('min')) return `must have at least ${min} ${what}, got ${count}`;
  return `must have at most ${max} ${what}, got ${count}`;
}

function describe(e: Err): string {
  const p = (e.params ?? {}) as Record<string, unknown>;
  const custom = xError(e);
  switch (e.keyword) {
    case 'required':
      return `missing required field "${p.missingProperty}"`;
    case 'additionalProperties':
      return `unknown field "${p.additionalProperty}" is not allowed`;
    case 'type': {
      const t = Array.isArray(p.type) ? (p.type as string[]).join(' or ') : String(p.type);
      return `must be ${t}, got ${jsonType(e.data)}`;
    }
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${preview(e.data)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}, got ${preview(e.data)}`;
    case 'minItems':
    case 'maxItems':
      return sizeMessage(e, Array.isArray(e.data) ? e.data.length : 0, 'items');
    case 'minProperties':
    case 'maxProperties':
      return custom ?? sizeMessage(e, e.data && typeof e.data === 'object' ? Object.keys(e.data).length : 0, 'fields');
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters`;
    case 'maxLength':
      return `must be at most ${p.limit} characters, got ${String(e.data).length}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${p.comparison} ${p.limit}, got ${preview(e.data)}`;
    case 'pattern':
      if (p.pattern === SHA256_PATTERN) return describeBadHash(e.data);
      return custom ?? `must match ${p.pattern}, got ${preview(e.data)}`;
    case 'format':
      return p.format === 'date-time'
        ? `must be an ISO 8601 date-time with time zone (e.g. 2025-01-31T12:00:00Z), got ${preview(e.data)}`
        : `must be a valid ${p.format}, got ${preview(e.data)}`;
    case 'uniqueItems':
      return `must not contain duplicates (items ${p.j} and ${p.i} are equal)`;
    case 'oneOf':
      if (p.passingSchemas) return `matches more than one allowed shape (${preview(e.data)})`;
      return custom ?? `does not match any allowed shape, got ${preview(e.data)}`;
    case 'anyOf':
      return custom ?? `does not match any allowed shape, got ${preview(e.data)}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

export function ajvErrorsToDiagnostics(errors: readonly Err[] | null | undefined): Diagnostic[] {
  if (!errors || errors.length === 0) return [];
  const { errors: picked } = resolve([...errors], '');
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of picked) {
    const text = `${e.instancePath || '/'}: ${describe(e)}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ source: 'schema', code: `schema/${e.keyword}`, severity: 'error', message: text, path: e.instancePath });
  }
  return out;
}
