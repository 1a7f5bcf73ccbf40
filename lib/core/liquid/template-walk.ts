/**
 * Walks a parsed liquidjs template tree and reports the parts the module cares about: variable
 * lookups (with whether they sit in a guard), filters, string literals, literals like `empty`,
 * tags and outputs. liquidjs has no public visitor, so this walks object fields generically and
 * skips the back-references (liquid, tokenizer, input) that would lead out of the tree.
 */
import { TokenKind } from 'liquidjs';
import type { Output, Tag, Template, Token } from 'liquidjs';

export type PropertyToken = Token & { props: Token[]; variable?: Token; literalPath?: unknown[] };
export type QuotedToken = Token & { content: string };
export type LiteralToken = Token & { literal: string };
/** A parsed filter (liquidjs keeps its token private in the typings). */
export type FilterNode = { name: string; token: Token & { name: string }; args: unknown[] };

export type TemplateVisitor = {
  ref?(token: PropertyToken, isGuarded: boolean): void;
  filter?(filter: FilterNode): void;
  quoted?(token: QuotedToken): void;
  literal?(token: LiteralToken): void;
  tag?(tag: Tag, depth: number): void;
  output?(output: Output, depth: number): void;
};

/** Tags whose own arguments are conditions: a missing value there is the point, not a bug. */
const GUARD_TAGS = new Set(['if', 'unless', 'case', 'for', 'tablerow']);
const SKIP_KEYS = new Set(['liquid', 'token', 'tokenizer', 'input', 'file', 'handler', 'str', 'identifier']);

type Node = Record<string, unknown>;

function isTemplateNode(node: Node): boolean {
  const token = node.token as Token | undefined;
  return !!token && (token.kind === TokenKind.Tag || token.kind === TokenKind.Output || token.kind === TokenKind.HTML) && !('kind' in node);
}

function isToken(node: Node): node is Node & Token {
  return typeof node.kind === 'number' && typeof node.begin === 'number';
}

export function walkTemplates(templates: Template[], visitor: TemplateVisitor): void {
  const seen = new Set<object>();

  const visit = (node: unknown, isGuarded: boolean, depth: number): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item, isGuarded, depth);
      return;
    }
    const n = node as Node;
    if (isTemplateNode(n)) return visitTemplate(n, depth);
    if (isToken(n)) return visitToken(n, isGuarded, depth);
    if (Array.isArray(n.filters) && 'initial' in n) {
      // A Value: `x | default: …` guards x itself, not the filter arguments.
      const filters = n.filters as FilterNode[];
      const hasDefault = filters.some((f) => f.name === 'default');
      visit(n.initial, isGuarded || hasDefault, depth);
      for (const f of filters) {
        if (!f.token || typeof f.token.kind !== 'number') continue; // legacy outputEscape hook
        visitor.filter?.(f);
        visit(f.args, isGuarded, depth);
      }
      return;
    }
    for (const key of Object.keys(n)) if (!SKIP_KEYS.has(key)) visit(n[key], isGuarded, depth);
  };

  const visitTemplate = (n: Node, depth: number): void => {
    const token = n.token as Token;
    if (token.kind === TokenKind.Output) visitor.output?.(n as unknown as Output, depth);
    if (token.kind === TokenKind.Tag) visitor.tag?.(n as unknown as Tag, depth);
    const isGuard = token.kind === TokenKind.Tag && GUARD_TAGS.has(String(n.name));
    for (const key of Object.keys(n)) {
      if (SKIP_KEYS.has(key)) continue;
      visit(n[key], isGuard, token.kind === TokenKind.Tag ? depth + 1 : depth);
    }
  };

  const visitToken = (t: Node & Token, isGuarded: boolean, depth: number): void => {
    switch (t.kind) {
      case TokenKind.PropertyAccess: {
        visitor.ref?.(t as unknown as PropertyToken, isGuarded);
        visit(t.variable, isGuarded, depth);
        visit(t.props, isGuarded, depth);
        return;
      }
      case TokenKind.Quoted:
        visitor.quoted?.(t as unknown as QuotedToken);
        return;
      case TokenKind.Literal:
        visitor.literal?.(t as unknown as LiteralToken);
        return;
      default:
        for (const key of Object.keys(t)) if (!SKIP_KEYS.has(key)) visit(t[key], isGuarded, depth);
    }
  };

  visit(templates, false, 0);
}
