/** Lints that compare the condition with the sample messages. */
import type { Diagnostic } from '../diagnostics.ts';
import type { SegmentMessage } from '../sample.ts';
import type { CompareNode, FqlNode, LiteralNode, PathNode } from './ast.ts';
import { compileFql } from './compile.ts';
import { formatFql, formatLiteral } from './format.ts';
import { finding, plural, replaceFix, sampleList } from './lint-helpers.ts';
import { fqlTypeOf, lookupPath, type FqlType } from './values.ts';
import { walkFql } from './walk.ts';

const TYPE_WORD: Record<FqlType, string> = { string: 'a string', number: 'a number', bool: 'a boolean', list: 'a list', null: 'null', object: 'an object' };

export function lintSamples(ast: FqlNode, samples: readonly SegmentMessage[]): Diagnostic[] {
  if (samples.length === 0) return [];
  const out: Diagnostic[] = [];
  const values = (p: PathNode) => samples.map((s) => lookupPath(s, p.segments));
  const seenListPaths = new Set<string>();
  walkFql(ast, (node) => {
    if (node.type === 'path') {
      const hits = values(node);
      const idx = hits.map((h, i) => (h.reason === 'list' ? i : -1)).filter((i) => i >= 0);
      if (idx.length > 0 && !seenListPaths.has(node.raw)) {
        seenListPaths.add(node.raw);
        const listPath = node.segments.slice(0, hits[idx[0]].stoppedAt).join('.');
        out.push(finding('fql/array-path', 'warning', node.range, `${listPath} is a list in ${sampleList(idx)}: FQL cannot reach fields inside list items, so ${node.raw} is always null`));
      }
    }
    if (node.type === 'compare') out.push(...compareFindings(node, values));
    if (node.type === 'call' && node.name === 'contains' && node.args[0].type === 'path') {
      const path = node.args[0];
      const lists = values(path).map((h, i) => (Array.isArray(h.value) ? i : -1)).filter((i) => i >= 0);
      if (lists.length > 0) {
        const needle = formatFql(node.args[1]);
        out.push(
          finding('fql/contains-on-list', 'warning', node.range, `${path.raw} is a list in ${sampleList(lists)}: contains() only searches text and is false on lists; use in`, [
            replaceFix(`Use ${needle} in ${path.raw}`, node.range, `${needle} in ${path.raw}`),
          ]),
        );
      }
    }
  });
  const f = compileFql(ast);
  const hitsAll = samples.map((s) => f(s));
  const n = hitsAll.filter(Boolean).length;
  if (n === 0) out.push(finding('fql/always-false', 'warning', ast.range, `the condition matches none of the ${plural(samples.length, 'sample')}`));
  else if (n === samples.length && samples.length > 1) out.push(finding('fql/always-true', 'info', ast.range, `the condition matches all ${plural(samples.length, 'sample')}`));
  return out;
}

type Lookup = (p: PathNode) => ReturnType<typeof lookupPath>[];

type ValueLiteral = Exclude<LiteralNode, { type: 'null' }>;

function isLiteral(n: FqlNode): n is ValueLiteral {
  return n.type === 'string' || n.type === 'number' || n.type === 'bool';
}

function compareFindings(node: CompareNode, values: Lookup): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { left, right, op } = node;
  if (left.type !== 'path') return out;
  const present = values(left)
    .map((h, i) => ({ v: h.value, i }))
    .filter((x) => x.v !== null);
  if (present.length === 0) return out;
  const types = new Set(present.map((x) => fqlTypeOf(x.v)));
  const only = types.size === 1 ? [...types][0] : null;
  if ((op === '<' || op === '<=' || op === '>' || op === '>=') && !types.has('number')) {
    out.push(finding('fql/ordering-on-string', 'warning', node.range, `never true on the samples: ${left.raw} is ${[...types].map((t) => TYPE_WORD[t]).join(' or ')} there, and ${op} only compares numbers`));
  }
  const lits = op === 'in' ? (right.type === 'list' ? right.items.filter(isLiteral) : []) : isLiteral(right) ? [right] : [];
  if ((op === '=' || op === '!=' || op === 'in') && lits.length > 0 && !lits.some((l) => types.has(fqlTypeOf(l.value)))) {
    const lit = lits[0];
    const conv = only ? convert(lit, only, present.map((x) => x.v)) : null;
    const fixes = op !== 'in' && conv !== null ? [replaceFix(`Compare with ${conv}`, lit.range, conv)] : [];
    const sampleTypes = [...types].map((t) => TYPE_WORD[t]).join(' or ');
    const verdict = op === '!=' ? 'always different' : 'never equal';
    out.push(finding('fql/type-mismatch', 'warning', node.range, `type mismatch: ${left.raw} is ${sampleTypes} in the samples (e.g. ${JSON.stringify(present[0].v)}) but is compared with ${TYPE_WORD[fqlTypeOf(lit.value)]}; FQL never converts types, so they are ${verdict}`, fixes));
  }
  const nameLike = left.segments.length === 1 && (left.segments[0] === 'event' || left.segments[0] === 'name');
  if (nameLike && (op === '=' || op === '!=') && right.type === 'string') {
    const strings = present.map((x) => x.v).filter((v): v is string => typeof v === 'string');
    if (!strings.includes(right.value)) {
      const near = strings.find((s) => s.toLowerCase() === right.value.toLowerCase());
      if (near !== undefined) {
        out.push(
          finding('fql/event-name-case', 'warning', right.range, `no sample has ${left.raw} ${formatFql(right)}, but one has "${near}": FQL compares text case-sensitively`, [
            replaceFix(`Use "${near}"`, right.range, formatLiteral({ ...right, value: near })),
          ]),
        );
      }
    }
  }
  return out;
}

/** Rewrites a literal to the samples' type when that is lossless ("2" <-> 2, "true" <-> true). */
function convert(lit: ValueLiteral, to: FqlType, sampleValues: unknown[]): string | null {
  const raw = lit.value;
  if (to === 'string' && (typeof raw === 'number' || typeof raw === 'boolean')) {
    const text = lit.type === 'number' ? lit.raw : String(raw);
    return `"${sampleValues.includes(String(raw)) ? String(raw) : text}"`;
  }
  if (to === 'number' && typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim())) return String(Number(raw));
  if (to === 'bool' && (raw === 'true' || raw === 'false')) return raw;
  return null;
}
