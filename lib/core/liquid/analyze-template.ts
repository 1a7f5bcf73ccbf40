/**
 * Compile-time facts about a parsed template: every variable lookup with its source range, the
 * names the template assigns itself, and the filters/literals/tags the dialect checks look at.
 */
import type { Tag, Template } from 'liquidjs';
import type { Range } from '../diagnostics.ts';
import { createRangeFinder } from './source-ranges.ts';
import { walkTemplates } from './template-walk.ts';
import type { FilterNode, LiteralToken, PropertyToken, QuotedToken } from './template-walk.ts';
import type { VariableRef } from './types.ts';

export type FilterUse = { filter: FilterNode; range: Range };
export type Analysis = {
  refs: WeakMap<readonly unknown[], VariableRef>;
  refList: VariableRef[];
  localNames: Set<string>;
  filters: FilterUse[];
  quoted: { token: QuotedToken; range: Range }[];
  literals: { token: LiteralToken; range: Range }[];
  tags: { tag: Tag; range: Range }[];
};

/** Variables liquidjs itself provides inside loops. */
const BUILT_IN_LOCALS = ['forloop', 'tablerowloop'];
const DECLARING_FIELD: Record<string, string> = {
  assign: 'key',
  capture: 'variable',
  for: 'variable',
  tablerow: 'variable',
  increment: 'variable',
  decrement: 'variable',
};

function rootOf(token: PropertyToken): string {
  const first = token.props[0] as { content?: unknown } | undefined;
  return token.literalPath ? String(token.literalPath[0]) : String(first?.content ?? '');
}

export function analyzeTemplate(source: string, templates: Template[]): Analysis {
  const analysis: Analysis = {
    refs: new WeakMap(),
    refList: [],
    localNames: new Set(BUILT_IN_LOCALS),
    filters: [],
    quoted: [],
    literals: [],
    tags: [],
  };
  const toRange = createRangeFinder(source);
  const range = (t: { begin: number; end: number }) => toRange(t.begin, t.end);
  walkTemplates(templates, {
    ref(token, isGuarded) {
      const ref: VariableRef = { text: token.getText(), root: rootOf(token), range: range(token), isGuarded };
      analysis.refList.push(ref);
      if (token.literalPath) analysis.refs.set(token.literalPath, ref);
    },
    filter(filter) {
      analysis.filters.push({ filter, range: range(filter.token) });
    },
    quoted(token) {
      analysis.quoted.push({ token, range: range(token) });
    },
    literal(token) {
      analysis.literals.push({ token, range: range(token) });
    },
    tag(tag) {
      analysis.tags.push({ tag, range: range(tag.token) });
      const field = DECLARING_FIELD[tag.name];
      const declared = field ? (tag as unknown as Record<string, unknown>)[field] : undefined;
      if (typeof declared === 'string') analysis.localNames.add(declared);
    },
  });
  return analysis;
}
