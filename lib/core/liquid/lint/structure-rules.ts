/**
 * Lints on the rendered JSON as a whole (docs §6): trailing commas from loops or optional keys, and
 * a body that carries JSON inside a JSON string (double encoding).
 */
import { TokenKind } from 'liquidjs';
import type { Diagnostic } from '../../diagnostics.ts';
import { walkTemplates } from '../template-walk.ts';
import { edit, filterIndex, finding, insert, sampleLabel } from './lint-helpers.ts';
import type { LintRule } from './lint-helpers.ts';
import { findTrailingComma, parsesAsJsonContainer, stringsIn } from './json-scan.ts';
import type { Probe } from './probe.ts';

type Node = { token: { kind: number; begin: number; end: number; getText(): string }; name?: string; templates?: Node[] };

/** Where a template makes the comma: last text of a for body, or text just before an if/unless. */
function commaSources(probe: Probe) {
  const found: { comma: number; fix: 'loop' | 'guard'; after?: number }[] = [];
  const lastComma = (n: Node) => (n.token.kind === TokenKind.HTML && /,\s*$/.test(n.token.getText()) ? n.token.begin + n.token.getText().lastIndexOf(',') : -1);
  const scan = (list: Node[] | undefined) => {
    list?.forEach((n, i) => {
      const next = list[i + 1];
      const c = lastComma(n);
      if (c >= 0 && next && next.token.kind === TokenKind.Tag && (next.name === 'if' || next.name === 'unless')) {
        found.push({ comma: c, fix: 'guard', after: next.token.end });
      }
    });
  };
  walkTemplates(probe.templates, {
    tag(tag) {
      const t = tag as unknown as Node & { branches?: { templates: Node[] }[] };
      if (t.name === 'for' && t.templates?.length) {
        const c = lastComma(t.templates[t.templates.length - 1]);
        if (c >= 0) found.push({ comma: c, fix: 'loop' });
      }
      scan(t.templates);
      t.branches?.forEach((b) => scan(b.templates));
    },
  });
  scan(probe.templates as unknown as Node[]);
  return found;
}

export const trailingComma: LintRule = (probe) => {
  const bad = probe.renders.find((r) => r.text !== null && findTrailingComma(r.text) !== undefined);
  if (!bad) return [];
  const sources = commaSources(probe);
  const label = sampleLabel(bad.sample);
  if (sources.length === 0) {
    const d = finding(probe, 'lint/trailing-comma', { begin: 0, end: 1 }, `The body rendered for ${label} has a comma right before a closing bracket: invalid JSON.`, bad.sample);
    return [d];
  }
  return sources.map((s): Diagnostic => s.fix === 'loop'
    ? finding(probe, 'lint/trailing-comma', { begin: s.comma, end: s.comma + 1 },
        `This comma is printed after the last loop item too: the body for ${label} ends a list with ",]"/",}" (invalid JSON). Print it unless forloop.last.`,
        bad.sample, { title: 'Print the comma only between items', edits: [edit(probe, s.comma, s.comma + 1, '{% unless forloop.last %},{% endunless %}')] })
    : finding(probe, 'lint/trailing-comma', { begin: s.comma, end: s.comma + 1 },
        `This comma stays when the optional key after it is left out, as in ${label}: invalid JSON. Move the comma inside the condition.`,
        bad.sample, { title: 'Move the comma inside the condition', edits: [edit(probe, s.comma, s.comma + 1, ''), insert(probe, s.after!, ',')] }));
};

export const doubleEncoded: LintRule = (probe) => {
  const out: Diagnostic[] = [];
  for (const r of probe.renders) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(r.text ?? '');
    } catch {
      continue;
    }
    const inner = stringsIn(parsed).find(parsesAsJsonContainer);
    if (inner === undefined) continue;
    const source = probe.outputs.find((o) => o.runs.some((run) => run.sample === r.sample && typeof run.steps[0] === 'string' && parsesAsJsonContainer(run.steps[0] as string)));
    const message = `The body for ${sampleLabel(r.sample)} holds JSON inside a JSON string (${inner.slice(0, 40)}…): the receiver gets a string, not an object. Parse it with | from_json before | json.`;
    const j = source ? filterIndex(source, ['json', 'to_json']) : -1;
    out.push(source && j >= 0
      ? finding(probe, 'lint/double-encoded', source, message, r.sample, { title: 'Decode with | from_json first', edits: [insert(probe, source.filters[j].begin, 'from_json | ')] })
      : finding(probe, 'lint/double-encoded', source ?? { begin: 0, end: 1 }, message, r.sample));
    break;
  }
  return out;
};
