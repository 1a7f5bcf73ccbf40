/**
 * Per-sample verdict: evaluates each clause (the leaves of the and/or tree, with a leading `!`
 * kept on its clause) and says why it failed, including near misses a marketer would not spot:
 * case-only differences, "2" vs 2, missing fields, lists where a scalar was expected.
 */
import type { Range } from '../diagnostics.ts';
import { pathText, type FqlNode, type PathNode } from './ast.ts';
import { compileFql, compileValue } from './compile.ts';
import { formatFql, quoteString } from './format.ts';
import { compileGlob } from './glob.ts';
import { fqlEquals, fqlTypeOf, lookupPath } from './values.ts';

export type ClauseExplanation = { range: Range; text: string; result: boolean; reason?: string };
export type Explanation = { result: boolean; clauses: ClauseExplanation[] };

export function explainFql(ast: FqlNode, message: unknown): Explanation {
  const clauses: ClauseExplanation[] = [];
  collect(ast, message, clauses);
  return { result: compileFql(ast)(message), clauses };
}

function collect(node: FqlNode, message: unknown, out: ClauseExplanation[]): void {
  if (node.type === 'and' || node.type === 'or') {
    for (const o of node.operands) collect(o, message, out);
    return;
  }
  if (node.type === 'not' && (node.operand.type === 'and' || node.operand.type === 'or')) {
    collect(node.operand, message, out);
    return;
  }
  const result = compileFql(node)(message);
  const reason = explainClause(node, message, result);
  out.push({ range: node.range, text: formatFql(node), result, ...(reason ? { reason } : {}) });
}

function show(v: unknown): string {
  if (typeof v === 'string') return quoteString(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  const s = JSON.stringify(v) ?? 'null';
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const TYPE_NAMES: Record<string, string> = { string: 'string', number: 'number', bool: 'boolean', list: 'list', null: 'null', object: 'object' };

function typeMismatch(a: unknown, b: unknown): string | undefined {
  const ta = fqlTypeOf(a);
  const tb = fqlTypeOf(b);
  if (ta === tb || ta === 'null' || tb === 'null' || ta === 'list' || tb === 'list') return undefined;
  const pair = [ta, tb].sort().join('/');
  const label = pair === 'number/string' ? 'string compared with number' : `${TYPE_NAMES[ta]} compared with ${TYPE_NAMES[tb]}`;
  return `${label}: the sample has ${show(a)} (${TYPE_NAMES[ta]}), the condition has ${show(b)} (${TYPE_NAMES[tb]})`;
}

function missingReason(node: FqlNode, message: unknown): string | undefined {
  const path = findPath(node);
  if (!path) return undefined;
  const hit = lookupPath(message, path.segments);
  if (hit.found) return hit.value === null ? `field is null in this sample: ${pathText(path.segments)}` : undefined;
  const prefix = pathText(path.segments.slice(0, hit.stoppedAt));
  if (hit.reason === 'list') return `${prefix} is a list in this sample: fields inside list items cannot be matched`;
  if (hit.reason === 'scalar' && prefix) return `field missing in this sample: ${prefix} is not an object`;
  return `field missing in this sample: ${pathText(path.segments)}`;
}

/** The path a clause reads, looking through one level of lowercase()/length()/typeof(). */
function findPath(node: FqlNode): PathNode | undefined {
  if (node.type === 'path') return node;
  if (node.type === 'call') return node.args.map(findPath).find(Boolean);
  if (node.type === 'compare') return findPath(node.left) ?? findPath(node.right);
  return undefined;
}

function explainClause(clause: FqlNode, message: unknown, result: boolean): string | undefined {
  const negated = clause.type === 'not';
  const node = negated ? clause.operand : clause;
  const inner = nearMiss(node, message);
  const missing = missingReason(node, message);
  if (negated) {
    if (result && missing) return `${missing} (the test inside '!' is false, so the clause is true)`;
    if (result) return undefined;
    return inner ? `the test inside '!' is true: ${inner}` : 'the test inside \'!\' is true';
  }
  if (result) return undefined;
  return inner ?? missing;
}

function nearMiss(node: FqlNode, message: unknown): string | undefined {
  const val = (n: FqlNode) => compileValue(n)(message);
  switch (node.type) {
    case 'compare': {
      const l = val(node.left);
      const r = val(node.right);
      if (l === null && node.left.type === 'path') return missingReason(node.left, message);
      if (node.op === '=' || node.op === '!=') {
        if (node.op === '=' && Array.isArray(l) && !Array.isArray(r)) {
          return `value is a list: use in (${node.right.type === 'string' || node.right.type === 'number' ? formatFql(node.right) : 'value'} in ${formatFql(node.left)})`;
        }
        if (node.op === '=' && typeof l === 'string' && typeof r === 'string' && l !== r && l.toLowerCase() === r.toLowerCase()) {
          return `differs only by case: the sample has ${show(l)}`;
        }
        if (node.op === '=') return typeMismatch(l, r) ?? (fqlEquals(l, r) ? undefined : `the sample has ${show(l)}`);
        return fqlEquals(l, r) ? `the sample has exactly ${show(l)}` : undefined;
      }
      if (node.op === 'in') {
        if (Array.isArray(l)) return 'value is a list: in needs a single value on the left';
        if (!Array.isArray(r)) return `in needs a list on the right; the sample has ${show(r)}`;
        for (const item of r) {
          if (typeof l === 'string' && typeof item === 'string' && l.toLowerCase() === item.toLowerCase()) return `differs only by case: the sample has ${show(l)}`;
          const mm = typeMismatch(l, item);
          if (mm && String(l) === String(item)) return mm;
        }
        return `the sample has ${show(l)}, which is not in the list`;
      }
      if (typeof l !== 'number' || typeof r !== 'number') {
        return typeMismatch(l, r) ?? `${node.op} only compares numbers; the sample has ${show(l)} (${TYPE_NAMES[fqlTypeOf(l)]})`;
      }
      return `the sample has ${show(l)}`;
    }
    case 'call': {
      if (node.name !== 'contains' && node.name !== 'match') return undefined;
      const s = val(node.args[0]);
      const p = val(node.args[1]);
      if (s === null && node.args[0].type === 'path') return missingReason(node.args[0], message);
      if (Array.isArray(s)) {
        const lit = node.args[1].type === 'string' ? formatFql(node.args[1]) : 'value';
        return `value is a list: use in (${lit} in ${formatFql(node.args[0])})`;
      }
      if (typeof s !== 'string') return `${node.name}() needs a string; the sample has ${show(s)} (${TYPE_NAMES[fqlTypeOf(s)]})`;
      if (typeof p !== 'string') return `${node.name}() needs a string as its second argument; got ${show(p)}`;
      if (node.name === 'contains') {
        if (!s.includes(p) && s.toLowerCase().includes(p.toLowerCase())) return `differs only by case: the sample has ${show(s)}`;
      } else if (!compileGlob(p)(s) && compileGlob(p.toLowerCase())(s.toLowerCase())) {
        return `differs only by case: the sample has ${show(s)}`;
      }
      return `the sample has ${show(s)}`;
    }
    case 'path': {
      const v = val(node);
      if (v === null) return missingReason(node, message);
      if (v === true) return undefined;
      return `a bare field is true only when it is the boolean true; the sample has ${show(v)} (${TYPE_NAMES[fqlTypeOf(v)]})`;
    }
    default:
      return undefined;
  }
}
