import type { Diagnostic } from '../../diagnostics.ts';
import { findKey } from '../json-walk.ts';
import { dedupeKeyName, memberInsertion } from '../insertion-point.ts';
import { rangeOfJsonKey } from '../template-text.ts';
import type { LintContext, OperatorLintRule } from '../types.ts';

const CODE = 'lint/dedupe-key';

function keysFor(ctx: LintContext): string[] {
  return ctx.destinationId === 'analytics_track' ? ['messageId', 'event_id', 'dedupe_key'] : ['event_id', 'dedupe_key'];
}

function keyValue(value: unknown, keys: string[]): unknown {
  const hit = findKey(value, keys);
  return hit && hit.value !== '' && hit.value !== null ? hit.value : undefined;
}

function fixFor(ctx: LintContext) {
  const name = dedupeKeyName(ctx.destinationId);
  const kind = ctx.useCase?.triggerKind ?? 'event';
  const parts = kind === 'webhook' ? 'trigger.id' : kind === 'person' ? 'customer.id' : 'customer.id | append: ":" | append: event_timestamp';
  const member = `"${name}": "{{ ${parts} | append: ":${ctx.useCaseId}" | sha256 }}"`;
  const edit = memberInsertion(ctx.template, ctx.destinationId, 'dedupe', member);
  return edit ? [{ title: `Add a deterministic "${name}"`, edits: [edit] }] : undefined;
}

/**
 * Journeys re-enter and cart updates fire repeatedly (seed: "De-dupe and idempotency"): the
 * payload needs a key that is identical on a retry of one event and different across events.
 */
export const dedupeKeyRule: OperatorLintRule = {
  code: CODE,
  run(ctx) {
    const keys = keysFor(ctx);
    const out: Diagnostic[] = [];
    const range = keys.map((k) => rangeOfJsonKey(ctx.template, k)).find(Boolean);
    const withKey = ctx.parsed.map((p) => ({ p, key: keyValue(p.value, keys) }));
    const inTemplate = range !== undefined;
    if (!inTemplate && withKey.every((x) => x.key === undefined)) {
      return [{
        source: 'lint', code: CODE, severity: 'warning', target: 'template',
        message: `No deterministic ${keys.slice(0, 2).join(' or ')} in the payload: retries and journey re-entries will create duplicate rows or thrash audience membership. Add a key built from stable ids (person id + event id or time).`,
        fixes: fixFor(ctx),
      }];
    }
    for (const { p, key } of withKey) {
      if (key === undefined) {
        out.push({ source: 'lint', code: CODE, severity: 'warning', target: 'template', range, sampleId: p.sampleId,
          message: `The dedupe key (${keys[0]}) is missing or empty for this sample: the receiver cannot de-duplicate it.` });
        continue;
      }
      if (p.rerender !== undefined && JSON.stringify(keyValue(p.rerender, keys)) !== JSON.stringify(key)) {
        out.push({ source: 'lint', code: CODE, severity: 'error', target: 'template', range, sampleId: p.sampleId,
          message: `The dedupe key changes between two renders of the same sample (${JSON.stringify(key)} then ${JSON.stringify(keyValue(p.rerender, keys))}): it must not use "now", random values or generated UUIDs.` });
      }
    }
    const seen = new Map<string, string>();
    for (const { p, key } of withKey) {
      // Two samples only collide downstream if both are actually sent.
      if (key === undefined || (ctx.firing && !ctx.firing.has(p.sampleId))) continue;
      const k = JSON.stringify(key);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, p.sampleId);
      else out.push({ source: 'lint', code: CODE, severity: 'warning', target: 'template', range, sampleId: p.sampleId,
        message: `Samples "${first}" and "${p.sampleId}" produce the same dedupe key ${k}: the receiver would drop one of two different events as a duplicate. Include an id that differs per event.` });
    }
    return out;
  },
};
