/**
 * Visual builder model (docs 3.11): a top-level group of groups of rows, each row
 * {field, operator, value}. toBuilder accepts only conditions the visual editor can show;
 * fromBuilder always emits canonical FQL.
 */
import { pathText, type FqlNode, type LiteralNode } from './ast.ts';
import { formatFql, formatLiteral } from './format.ts';
import { parseFql } from './parse.ts';

export type BuilderOperator =
  | 'is'
  | 'is not'
  | 'contains'
  | 'does not contain'
  | 'starts with'
  | 'ends with'
  | '<'
  | '<='
  | '>'
  | '>='
  | 'exists'
  | 'does not exist'
  | 'is true'
  | 'is false';

/** `field` is FQL path text (escaped, as fieldPaths().escaped); `value` is absent for exists/is true/... */
export type BuilderRow = { field: string; operator: BuilderOperator; value?: string | number };
export type BuilderGroup = { join: 'and' | 'or'; rows: BuilderRow[] };
export type BuilderModel = { join: 'and' | 'or'; groups: BuilderGroup[] };

export const VALUELESS_OPERATORS: readonly BuilderOperator[] = ['exists', 'does not exist', 'is true', 'is false'];
const ROOTS = new Set(['type', 'event', 'name', 'userId', 'properties', 'traits', 'context']);
const GLOB_META = /[*?[\]\\]/;

type RowResult = { row: BuilderRow } | { reason: string };

export function toBuilder(ast: FqlNode): { ok: true; model: BuilderModel } | { ok: false; reason: string } {
  const top = ast.type === 'and' || ast.type === 'or' ? ast : null;
  const groups: BuilderGroup[] = [];
  if (!top) {
    const r = toRow(ast);
    if ('reason' in r) return { ok: false, reason: r.reason };
    return { ok: true, model: { join: 'and', groups: [{ join: 'and', rows: [r.row] }] } };
  }
  const allRows = top.operands.every((o) => o.type !== 'and' && o.type !== 'or');
  if (allRows) {
    const rows: BuilderRow[] = [];
    for (const o of top.operands) {
      const r = toRow(o);
      if ('reason' in r) return { ok: false, reason: r.reason };
      rows.push(r.row);
    }
    return { ok: true, model: { join: 'and', groups: [{ join: top.type, rows }] } };
  }
  for (const o of top.operands) {
    const members = o.type === 'and' || o.type === 'or' ? o.operands : [o];
    const rows: BuilderRow[] = [];
    for (const m of members) {
      if (m.type === 'and' || m.type === 'or') return { ok: false, reason: 'groups are nested more than one level deep' };
      const r = toRow(m);
      if ('reason' in r) return { ok: false, reason: r.reason };
      rows.push(r.row);
    }
    groups.push({ join: o.type === 'or' ? 'or' : 'and', rows });
  }
  return { ok: true, model: { join: top.type, groups } };
}

function field(node: FqlNode): string | { reason: string } {
  if (node.type !== 'path') return { reason: 'the left side of a condition must be a field' };
  const [root] = node.segments;
  if (!ROOTS.has(root)) return { reason: `the visual editor cannot use the field ${node.raw} (only type, event, name, userId, properties.*, traits.*, context.*)` };
  if ((root === 'properties' || root === 'traits' || root === 'context') && node.segments.length < 2) {
    return { reason: `${node.raw} needs a field name after it` };
  }
  return pathText(node.segments);
}

/** Pattern of the form literal* or *literal (escapes allowed), returned unescaped. */
function globAffix(pattern: string, star: 'start' | 'end'): string | null {
  // Tokenise: each item is a literal character or an unescaped metacharacter.
  const items: Array<{ ch: string; meta: boolean }> = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 >= pattern.length) return null;
      items.push({ ch: pattern[++i], meta: false });
    } else items.push({ ch: c, meta: GLOB_META.test(c) });
  }
  const edge = star === 'end' ? items.pop() : items.shift();
  if (!edge || !edge.meta || edge.ch !== '*') return null;
  if (items.some((x) => x.meta)) return null;
  return items.map((x) => x.ch).join('');
}

function toRow(node: FqlNode): RowResult {
  const negated = node.type === 'not';
  const inner = negated ? node.operand : node;
  if (inner.type === 'call') {
    if (inner.name !== 'contains' && inner.name !== 'match') return { reason: `${inner.name}() is code mode only` };
    const f = field(inner.args[0]);
    if (typeof f !== 'string') return f;
    const lit = inner.args[1];
    if (lit.type !== 'string') return { reason: `${inner.name}() with a non-text pattern is code mode only` };
    if (inner.name === 'contains') return { row: { field: f, operator: negated ? 'does not contain' : 'contains', value: lit.value } };
    if (negated) return { reason: "'!match(...)' (does not start/end with) is code mode only here" };
    const prefix = globAffix(lit.value, 'end');
    if (prefix !== null) return { row: { field: f, operator: 'starts with', value: prefix } };
    const suffix = globAffix(lit.value, 'start');
    if (suffix !== null) return { row: { field: f, operator: 'ends with', value: suffix } };
    return { reason: `the pattern "${lit.value}" is not a plain starts-with or ends-with` };
  }
  if (negated) return { reason: "'!' is only shown as 'does not contain'" };
  if (node.type !== 'compare') return { reason: node.type === 'path' ? 'a bare field test is code mode only (use "is true")' : 'this expression is code mode only' };
  if (node.op === 'in') return { reason: "'in' and lists are code mode only" };
  const f = field(node.left);
  if (typeof f !== 'string') {
    if (node.left.type === 'call') return { reason: `${node.left.name}() is code mode only` };
    return node.left.type === 'path' ? f : { reason: 'a condition must start with a field' };
  }
  const r = node.right;
  if (r.type === 'path') return { reason: 'comparing two fields is code mode only' };
  if (r.type !== 'string' && r.type !== 'number' && r.type !== 'bool' && r.type !== 'null') return { reason: 'the value must be a single text, number, true, false or null' };
  if (r.type === 'null') {
    if (node.op === '=') return { row: { field: f, operator: 'does not exist' } };
    if (node.op === '!=') return { row: { field: f, operator: 'exists' } };
    return { reason: 'null can only be compared with = or !=' };
  }
  if (r.type === 'bool') {
    if (node.op === '=') return { row: { field: f, operator: r.value ? 'is true' : 'is false' } };
    return { reason: `'${node.op} ${r.value}' is code mode only` };
  }
  if (node.op === '=' || node.op === '!=') return { row: { field: f, operator: node.op === '=' ? 'is' : 'is not', value: r.value } };
  if (r.type !== 'number') return { reason: `${node.op} with text never matches; use a number` };
  return { row: { field: f, operator: node.op, value: r.value } };
}

function rowText(row: BuilderRow): string {
  const f = row.field;
  const lit = (v: string | number | undefined): string =>
    typeof v === 'number' ? formatLiteral({ type: 'number', value: v, raw: String(v), start: 0, end: 0, range: ZERO }) : formatLiteral({ type: 'string', value: v ?? '', quote: '"', start: 0, end: 0, range: ZERO } as LiteralNode);
  const esc = (v: string | number | undefined) => String(v ?? '').replace(/[*?[\]\\]/g, '\\$&');
  switch (row.operator) {
    case 'is':
      return `${f} = ${lit(row.value)}`;
    case 'is not':
      return `${f} != ${lit(row.value)}`;
    case 'contains':
      return `contains(${f}, ${lit(String(row.value ?? ''))})`;
    case 'does not contain':
      return `!contains(${f}, ${lit(String(row.value ?? ''))})`;
    case 'starts with':
      return `match(${f}, ${lit(`${esc(row.value)}*`)})`;
    case 'ends with':
      return `match(${f}, ${lit(`*${esc(row.value)}`)})`;
    case 'exists':
      return `${f} != null`;
    case 'does not exist':
      return `${f} = null`;
    case 'is true':
      return `${f} = true`;
    case 'is false':
      return `${f} = false`;
    default:
      // A non-numeric value stays text: valid FQL that never matches, which the lints report.
      return `${f} ${row.operator} ${lit(numeric(row.value))}`;
  }
}

function numeric(v: string | number | undefined): string | number {
  if (typeof v === 'number') return v;
  const t = (v ?? '').trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : (v ?? '');
}

const ZERO = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

/** Canonical FQL for a model; empty groups are skipped; an empty model gives ''. */
export function fromBuilder(model: BuilderModel): string {
  const groups = model.groups.filter((g) => g.rows.length > 0);
  const parts = groups.map((g) => {
    const rows = g.rows.map(rowText);
    return rows.length === 1 || groups.length === 1 ? rows.join(` ${g.join} `) : `(${rows.join(` ${g.join} `)})`;
  });
  const text = parts.join(` ${model.join} `);
  if (!text) return '';
  // Re-parse and format so the output is exactly the canonical form.
  const { ast } = parseFql(text);
  return ast ? formatFql(ast) : text;
}
