/**
 * Fast path of compileFql: turns the tree into the source of ONE JavaScript function, built once
 * with `new Function`. V8 then optimises the whole condition as a unit (monomorphic property
 * loads, inlined helpers), which a tree of generic closures cannot get. Only constants that were
 * serialised with JSON.stringify and fixed helper names reach the source, so user text can never
 * become code. Returns null where `new Function` is forbidden (a strict CSP); the caller then uses
 * the closure compiler, which has the same semantics (checked by a differential test).
 */
import type { FqlNode, LiteralNode } from './ast.ts';
import { compileGlob, globMatches } from './glob.ts';
import { fqlContains, fqlEquals, fqlIn, fqlLength, fqlLowercase, fqlTypeOf, readPath } from './values.ts';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * A key whose plain `m[key]` read can only hit an own property when m is a JSON value (object,
 * array, string, number, boolean): not an index, not `length`, not inherited from a prototype.
 */
function isSafeKey(key: string): boolean {
  if (/^(0|[1-9]\d*)$/.test(key) || key === '__proto__' || key === 'length') return false;
  for (const proto of [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype]) {
    if (key in proto) return false;
  }
  return true;
}

const helpers = {
  own1(m: unknown, a: string): unknown {
    if (m === null || typeof m !== 'object' || Array.isArray(m) || !hasOwn.call(m, a)) return null;
    const v = (m as Record<string, unknown>)[a];
    return v === undefined ? null : v;
  },
  rp: readPath,
  eq: fqlEquals,
  inl: fqlIn,
  ctn: fqlContains,
  gm(s: unknown, p: unknown): boolean {
    return typeof s === 'string' && typeof p === 'string' && globMatches(s, p);
  },
  len: fqlLength,
  low: fqlLowercase,
  tof: fqlTypeOf,
  num(a: unknown, b: unknown, op: number): boolean {
    if (typeof a !== 'number' || typeof b !== 'number') return false;
    return op === 0 ? a < b : op === 1 ? a <= b : op === 2 ? a > b : a >= b;
  },
};

type Gen = { code: string; bool: boolean };

function lit(value: string | number | boolean | null): string {
  return typeof value === 'number' ? (Object.is(value, -0) ? '-0' : String(value)) : JSON.stringify(value);
}

function literalValue(n: LiteralNode): string | number | boolean | null {
  return n.type === 'null' ? null : n.value;
}

class Emitter {
  readonly consts: unknown[] = [];
  private k(v: unknown): string {
    this.consts.push(v);
    return `k[${this.consts.length - 1}]`;
  }
  asBool(g: Gen): string {
    return g.bool ? g.code : `(${g.code} === true)`;
  }
  emit(node: FqlNode): Gen {
    switch (node.type) {
      case 'string':
      case 'number':
      case 'bool':
      case 'null':
        return { code: lit(literalValue(node)), bool: node.type === 'bool' };
      case 'list':
        return { code: this.k(node.items.map(literalValue)), bool: false };
      case 'path': {
        const seg = node.segments;
        if (seg.every(isSafeKey)) {
          // Inline loads with constant keys: each gets its own inline cache in this function.
          // `t` is a scratch local; a path expression leaves its value in t and yields it.
          const keys = seg.map((x) => `[${JSON.stringify(x)}]`);
          const walk = ['(t = m) == null', ...keys.slice(0, -1).map((k) => `(t = t${k}) == null`)].join(' || ');
          return { code: `((${walk}) ? (t = null) : (t = t${keys[keys.length - 1]}) === undefined ? (t = null) : t)`, bool: false };
        }
        if (seg.length === 1) return { code: `h.own1(m, ${JSON.stringify(seg[0])})`, bool: false };
        return { code: `h.rp(m, ${this.k(seg)})`, bool: false };
      }
      case 'not':
        return { code: `!${this.asBool(this.emit(node.operand))}`, bool: true };
      case 'and':
      case 'or':
        return { code: `(${node.operands.map((o) => this.asBool(this.emit(o))).join(node.type === 'and' ? ' && ' : ' || ')})`, bool: true };
      case 'compare':
        return { code: this.compare(node), bool: true };
      case 'call':
        return this.call(node);
    }
  }
  private compare(node: Extract<FqlNode, { type: 'compare' }>): string {
    const l = this.emit(node.left).code;
    const r = node.right;
    const scalar = r.type === 'string' || r.type === 'number' || r.type === 'bool' || r.type === 'null';
    switch (node.op) {
      case '=':
        return scalar ? `(${l} === ${lit(literalValue(r))})` : `h.eq(${l}, ${this.emit(r).code})`;
      case '!=':
        return scalar ? `(${l} !== ${lit(literalValue(r))})` : `!h.eq(${l}, ${this.emit(r).code})`;
      case 'in':
        // The set holds only non-null scalars, so lists/objects/null on the left are never found.
        if (r.type === 'list' && r.items.every((i) => i.type !== 'null')) return `${this.k(new Set(r.items.map(literalValue)))}.has(${l})`;
        return `h.inl(${l}, ${this.emit(r).code})`;
      default: {
        if (r.type === 'number') return `(typeof (t = ${l}) === "number" && t ${node.op} ${lit(r.value)})`;
        return `h.num(${l}, ${this.emit(r).code}, ${['<', '<=', '>', '>='].indexOf(node.op)})`;
      }
    }
  }
  private call(node: Extract<FqlNode, { type: 'call' }>): Gen {
    const a = this.emit(node.args[0]).code;
    switch (node.name) {
      case 'contains':
        if (node.args[1].type === 'string') return { code: `(typeof (t = ${a}) === "string" && t.includes(${lit(node.args[1].value)}))`, bool: true };
        return { code: `h.ctn(${a}, ${this.emit(node.args[1]).code})`, bool: true };
      case 'match': {
        if (node.args[1].type === 'string') {
          return { code: `(typeof (t = ${a}) === "string" && ${this.k(compileGlob(node.args[1].value))}(t))`, bool: true };
        }
        return { code: `h.gm(${a}, ${this.emit(node.args[1]).code})`, bool: true };
      }
      case 'length':
        return { code: `h.len(${a})`, bool: false };
      case 'lowercase':
        return { code: `h.low(${a})`, bool: false };
      default:
        return { code: `h.tof(${a})`, bool: false };
    }
  }
}

let evalAllowed: boolean | null = null;

export function generateFql(ast: FqlNode): ((message: unknown) => boolean) | null {
  if (evalAllowed === false) return null;
  const e = new Emitter();
  const body = e.asBool(e.emit(ast));
  try {
    const factory = new Function('h', 'k', `"use strict"; return function fqlCondition(m) { let t; return ${body}; };`);
    evalAllowed = true;
    return factory(helpers, e.consts) as (m: unknown) => boolean;
  } catch {
    // EvalError under a CSP without 'unsafe-eval': remember, and let the caller use closures.
    evalAllowed = false;
    return null;
  }
}
