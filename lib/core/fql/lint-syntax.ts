/** Lints that need only the text and the tree (no samples). */
import { rangeOfOffsets, type Diagnostic, type TextEdit } from '../diagnostics.ts';
import type { FqlNode, StringNode } from './ast.ts';
import { formatFql } from './format.ts';
import { finding, replaceFix } from './lint-helpers.ts';
import { walkFql } from './walk.ts';

const TOP_LEVEL_FIELDS = new Set(['type', 'event', 'name', 'userId', 'anonymousId', 'previousId', 'groupId', 'messageId', 'timestamp', 'receivedAt', 'sentAt', 'originalTimestamp', 'version', 'channel', 'properties', 'traits', 'context', 'integrations']);

export function lintSyntax(text: string, ast: FqlNode, topLevelKeys: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const singles: StringNode[] = [];
  walkFql(ast, (node) => {
    if (node.type === 'string' && node.quote === "'") singles.push(node);
    if (node.type === 'path' && node.segments.some((s) => /^\d+$/.test(s))) {
      out.push(
        finding('fql/array-index', 'warning', node.range, `'${node.raw}' indexes into a list: FQL cannot index lists, so this always reads as null (use in for lists of values)`),
      );
    }
    if (node.type === 'compare') {
      const { left, right, op } = node;
      if (op !== 'in' && right.type === 'path' && right.segments.length === 1 && (left.type === 'path' || left.type === 'call')) {
        const word = right.segments[0];
        if (!TOP_LEVEL_FIELDS.has(word) && !topLevelKeys.has(word)) {
          out.push(
            finding('fql/unquoted-value', 'warning', right.range, `'${right.raw}' is not quoted, so it is read as a field name (null here), not the text "${word}"`, [
              replaceFix(`Quote it: "${word}"`, right.range, `"${word}"`),
            ]),
          );
        }
      }
      if (op === '!=' && right.type === 'string' && right.value === '' && left.type === 'path') {
        out.push(
          finding('fql/empty-string-existence', 'warning', node.range, `${left.raw} != "" is also true when the field is missing; to test that it exists use != null`, [
            replaceFix('Use != null', right.range, 'null'),
          ]),
        );
      }
      if ((op === '<' || op === '<=' || op === '>' || op === '>=') && (right.type === 'string' || left.type === 'string')) {
        const lit = right.type === 'string' ? right : (left as StringNode);
        const numeric = /^-?\d+(\.\d+)?$/.test(lit.value);
        out.push(
          finding('fql/ordering-on-string', 'warning', node.range, `never true: ${op} only compares numbers and ${formatFql(lit)} is a string`, numeric ? [replaceFix(`Use the number ${lit.value}`, lit.range, lit.value)] : []),
        );
      }
    }
    if (node.type === 'call' && node.name === 'match' && node.args[1].type === 'string') {
      const regexFix = regexHint(node.args[1].value);
      if (regexFix) {
        const lit = node.args[1];
        out.push(
          finding('fql/regex-in-match', 'warning', lit.range, `match() takes a glob (* ? [abc]), not a regular expression: ${regexFix.why}`, regexFix.glob !== null ? [replaceFix(`Use the glob "${regexFix.glob}"`, lit.range, `"${regexFix.glob}"`)] : []),
        );
      }
    }
    if (node.type === 'not' && node.operand.type !== 'call') {
      const between = text.slice(node.start + 1, node.operand.start);
      if (!between.includes('(')) {
        const fix = node.operand.type === 'path' ? [replaceFix(`Write ${node.operand.raw} != true`, node.range, `${node.operand.raw} != true`)] : [];
        out.push(finding('fql/bare-negation', 'warning', node.range, "'!' before a value is true whenever the value is not the boolean true (also when it is missing); say what you mean", fix));
      }
    }
  });
  if (singles.length > 0) out.push(...singleQuoteFindings(singles));
  const crs: TextEdit[] = [];
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) crs.push({ range: rangeOfOffsets(text, i, i + 1), text: '' });
  if (crs.length > 0) {
    out.push(finding('fql/carriage-return', 'warning', crs[0].range, 'carriage return (CR) characters break the condition in other FQL engines; use plain newlines', [{ title: 'Remove CR characters', edits: crs }]));
  }
  return out;
}

function singleQuoteFindings(nodes: StringNode[]): Diagnostic[] {
  const fixable = nodes.filter((n) => !n.value.includes('"'));
  const all = fixable.map((n) => ({ range: n.range, text: `"${n.value}"` }));
  return nodes.map((n) => {
    const fixes = n.value.includes('"')
      ? []
      : [replaceFix('Use double quotes', n.range, `"${n.value}"`), ...(all.length > 1 ? [{ title: 'Use double quotes everywhere', edits: all }] : [])];
    const extra = n.value.includes('"') ? ' (this value contains a double quote, so it cannot be written portably)' : '';
    return finding('fql/single-quotes', 'warning', n.range, `single-quoted string: the open-source Actions runtime keeps the quotes and never matches it; use double quotes${extra}`, fixes);
  });
}

/** Spots regex syntax; offers a glob when the regex is a plain prefix/suffix/infix. */
function regexHint(p: string): { why: string; glob: string | null } | null {
  const signs = [/^\^/, /\$$/, /\.\*/, /\.\+/, /\\[dwsDWS]/, /\(.*\|.*\)/, /\[[^\]]*\][+*]/];
  if (!signs.some((r) => r.test(p))) return null;
  let g = p.replace(/^\^/, '').replace(/\$$/, '');
  if (!p.startsWith('^')) g = `*${g}`;
  if (!p.endsWith('$')) g = `${g}*`;
  g = g.replace(/\.[*+]/g, '*').replace(/\*+/g, '*');
  const glob = /[\\()|+^$.]/.test(g.replace(/\.(?![*+])/g, '')) ? null : g;
  return { why: `'${p}' looks like a regex (^, $, .*, \\d ... have no special meaning in a glob)`, glob };
}
