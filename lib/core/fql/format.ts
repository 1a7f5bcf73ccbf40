/**
 * Canonical FQL text: double quotes (single only when the value holds a double quote, since FQL has
 * no string escapes), lowercase keywords, one space around operators, and parentheses around every
 * and/or nested in another and/or, so parse(format(ast)) rebuilds the same tree.
 */
import { pathText, type FqlNode, type LiteralNode } from './ast.ts';

export function formatFql(ast: FqlNode): string {
  return fmt(ast);
}

export function formatLiteral(node: LiteralNode): string {
  switch (node.type) {
    case 'string':
      return quoteString(node.value);
    case 'number':
      return formatNumber(node.value);
    case 'bool':
      return node.value ? 'true' : 'false';
    case 'null':
      return 'null';
  }
}

export function quoteString(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value}'` : `"${value}"`;
}

/** Plain decimals only (FQL has no exponent form). */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Small or huge fractional numbers: expand the exponent without losing the shortest digits.
  const [mant, expText] = s.split(/e/i);
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const intLen = mant.replace('-', '').split('.')[0].length + exp;
  let out: string;
  if (intLen <= 0) out = `0.${'0'.repeat(-intLen)}${digits}`;
  else if (intLen >= digits.length) out = digits + '0'.repeat(intLen - digits.length);
  else out = `${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
  return neg ? `-${out}` : out;
}

function needsParensAsOperand(node: FqlNode): boolean {
  return node.type === 'and' || node.type === 'or' || node.type === 'compare' || node.type === 'not';
}

function fmt(node: FqlNode): string {
  switch (node.type) {
    case 'string':
    case 'number':
    case 'bool':
    case 'null':
      return formatLiteral(node);
    case 'list':
      return `[${node.items.map(formatLiteral).join(', ')}]`;
    case 'path':
      return pathText(node.segments);
    case 'call':
      return `${node.name}(${node.args.map(fmt).join(', ')})`;
    case 'compare': {
      const side = (n: FqlNode) => (needsParensAsOperand(n) ? `(${fmt(n)})` : fmt(n));
      return `${side(node.left)} ${node.op} ${side(node.right)}`;
    }
    case 'not': {
      const o = node.operand;
      const bare = o.type === 'call' || o.type === 'path' || o.type === 'not' || o.type === 'bool' || o.type === 'null' || o.type === 'string' || o.type === 'number' || o.type === 'list';
      return bare ? `!${fmt(o)}` : `!(${fmt(o)})`;
    }
    case 'and':
    case 'or':
      return node.operands.map((o) => (o.type === 'and' || o.type === 'or' ? `(${fmt(o)})` : fmt(o))).join(` ${node.type} `);
  }
}
