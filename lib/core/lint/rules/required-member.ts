import type { Diagnostic } from '../../diagnostics.ts';
import { findKey } from '../json-walk.ts';
import { memberInsertion, type MemberPurpose } from '../insertion-point.ts';
import { rangeOfJsonKey } from '../template-text.ts';
import type { LintContext } from '../types.ts';

export type RequiredMember = {
  code: string;
  key: MemberPurpose & string;
  why: string;
  member: (ctx: LintContext) => string;
  isValid: (value: unknown) => boolean;
  invalidMessage: string;
};

/** Shared body of the schema_version and reason rules: present in the template and in every render. */
export function checkRequiredMember(ctx: LintContext, spec: RequiredMember): Diagnostic[] {
  const range = rangeOfJsonKey(ctx.template, spec.key);
  const hits = ctx.parsed.map((p) => ({ p, hit: findKey(p.value, [spec.key]) }));
  if (range === undefined && hits.every((h) => !h.hit)) {
    const edit = memberInsertion(ctx.template, ctx.destinationId, spec.key, spec.member(ctx));
    return [{
      source: 'lint', code: spec.code, severity: 'warning', target: 'template',
      message: `No "${spec.key}" in the payload: ${spec.why}`,
      fixes: edit ? [{ title: `Insert "${spec.key}"`, edits: [edit] }] : undefined,
    }];
  }
  const out: Diagnostic[] = [];
  for (const { p, hit } of hits) {
    if (!hit) {
      out.push({ source: 'lint', code: spec.code, severity: 'warning', target: 'template', range, sampleId: p.sampleId,
        message: `"${spec.key}" is missing from the rendered payload for this sample (is it inside an if?): ${spec.why}` });
    } else if (!spec.isValid(hit.value)) {
      out.push({ source: 'lint', code: spec.code, severity: 'warning', target: 'template', range, sampleId: p.sampleId, path: hit.pointer,
        message: `"${spec.key}" is ${JSON.stringify(hit.value)}: ${spec.invalidMessage}` });
    }
  }
  return out;
}
