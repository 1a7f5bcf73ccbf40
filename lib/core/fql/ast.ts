/**
 * FQL syntax tree. Every node keeps its source offsets (start/end, 0-based, end exclusive) and the
 * 1-based Range, so diagnostics, explain() and quick fixes can point back into the editor text.
 * Parentheses are not nodes: grouping is visible in the tree shape (an `and` inside an `or`).
 */
import type { Range } from '../diagnostics.ts';

export type Span = { start: number; end: number; range: Range };

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in';
export type FunctionName = 'contains' | 'match' | 'length' | 'lowercase' | 'typeof';

export const FUNCTION_ARITY: Record<FunctionName, number> = {
  contains: 2,
  match: 2,
  length: 1,
  lowercase: 1,
  typeof: 1,
};

export type StringNode = Span & { type: 'string'; value: string; quote: '"' | "'" };
export type NumberNode = Span & { type: 'number'; value: number; raw: string };
export type BoolNode = Span & { type: 'bool'; value: boolean };
export type NullNode = Span & { type: 'null' };
export type LiteralNode = StringNode | NumberNode | BoolNode | NullNode;
export type ListNode = Span & { type: 'list'; items: LiteralNode[] };
/** `segments` are the unescaped keys; `raw` is the source text (with backslash escapes). */
export type PathNode = Span & { type: 'path'; segments: string[]; raw: string };
export type CallNode = Span & { type: 'call'; name: FunctionName; args: FqlNode[] };
export type CompareNode = Span & { type: 'compare'; op: CompareOp; left: FqlNode; right: FqlNode; opSpan: Span };
export type NotNode = Span & { type: 'not'; operand: FqlNode };
export type LogicNode = Span & { type: 'and' | 'or'; operands: FqlNode[] };

export type FqlNode = LiteralNode | ListNode | PathNode | CallNode | CompareNode | NotNode | LogicNode;

export const KEYWORDS = new Set(['and', 'or', 'in', 'null', 'true', 'false']);

/** Structure without positions or quote style: two trees are "the same" when these are deep-equal. */
export function stripSpans(node: FqlNode): unknown {
  switch (node.type) {
    case 'string':
      return { type: 'string', value: node.value };
    case 'number':
      return { type: 'number', value: node.value };
    case 'bool':
      return { type: 'bool', value: node.value };
    case 'null':
      return { type: 'null' };
    case 'list':
      return { type: 'list', items: node.items.map(stripSpans) };
    case 'path':
      return { type: 'path', segments: node.segments };
    case 'call':
      return { type: 'call', name: node.name, args: node.args.map(stripSpans) };
    case 'compare':
      return { type: 'compare', op: node.op, left: stripSpans(node.left), right: stripSpans(node.right) };
    case 'not':
      return { type: 'not', operand: stripSpans(node.operand) };
    case 'and':
    case 'or':
      return { type: node.type, operands: node.operands.map(stripSpans) };
  }
}

/** Escape a key for use as one path segment (docs 3.4: everything outside a-z A-Z 0-9 _ -). */
export function escapeSegment(key: string): string {
  let out = '';
  for (const ch of key) out += /^[a-zA-Z0-9_-]$/.test(ch) ? ch : `\\${ch}`;
  return out;
}

/**
 * Path source text that parses back to the same segments: a lone keyword (`true`) or a
 * numeric-looking word (`5`, `1.5`) gets its first character escaped so it stays a path.
 */
export function pathText(segments: readonly string[]): string {
  const text = segments.map(escapeSegment).join('.');
  const looksLiteral = (segments.length === 1 && KEYWORDS.has(text)) || /^[-+]?(\d|\.\d)/.test(text);
  return looksLiteral ? `\\${text}` : text;
}
