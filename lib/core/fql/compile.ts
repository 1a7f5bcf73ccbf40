/**
 * Compiles an FQL tree once. compileFql prefers one generated function (codegen.ts); the closure
 * compiler below is the fallback and the reference: nested closures, so evaluating an event does
 * no tree walking and no switch on node types. The result is true only for boolean true (docs 3.9).
 */
import type { CompareNode, FqlNode, LiteralNode } from './ast.ts';
import { generateFql } from './codegen.ts';
import { compileGlob, globMatches } from './glob.ts';
import { fqlContains, fqlEquals, fqlIn, fqlLength, fqlLowercase, fqlTypeOf, readPath } from './values.ts';

export type Evaluator = (message: unknown) => unknown;

export function compileFql(ast: FqlNode): (message: unknown) => boolean {
  return generateFql(ast) ?? compileClosures(ast);
}

/** The closure compiler: used where code generation is not allowed, by explain(), and as the reference in tests. */
export function compileClosures(ast: FqlNode): (message: unknown) => boolean {
  if (ast.type === 'and' || ast.type === 'or' || ast.type === 'not' || ast.type === 'compare') {
    return compileValue(ast) as (m: unknown) => boolean;
  }
  const f = compileValue(ast);
  return (m) => f(m) === true;
}

function literalValue(node: LiteralNode): unknown {
  return node.type === 'null' ? null : node.value;
}

const hasOwn = Object.prototype.hasOwnProperty;

function compilePath(segments: readonly string[]): Evaluator {
  if (segments.length === 1) {
    const [a] = segments;
    return (m) => (m !== null && typeof m === 'object' && !Array.isArray(m) && hasOwn.call(m, a) ? ((m as Record<string, unknown>)[a] ?? null) : null);
  }
  if (segments.length === 2) {
    const [a, b] = segments;
    return (m) => {
      if (m === null || typeof m !== 'object' || Array.isArray(m) || !hasOwn.call(m, a)) return null;
      const x = (m as Record<string, unknown>)[a];
      return x !== null && typeof x === 'object' && !Array.isArray(x) && hasOwn.call(x, b) ? ((x as Record<string, unknown>)[b] ?? null) : null;
    };
  }
  return (m) => readPath(m, segments);
}

/** Compiles any node to a function returning its FQL value (booleans for logic nodes). */
export function compileValue(node: FqlNode): Evaluator {
  switch (node.type) {
    case 'string':
    case 'number':
    case 'bool':
    case 'null': {
      const v = literalValue(node);
      return () => v;
    }
    case 'list': {
      const v = node.items.map(literalValue);
      return () => v;
    }
    case 'path':
      return compilePath(node.segments);
    case 'not': {
      const f = compileValue(node.operand);
      return (m) => f(m) !== true;
    }
    case 'and':
    case 'or':
      return compileLogic(node.type, node.operands.map(compileValue));
    case 'compare':
      return compileCompare(node);
    case 'call':
      return compileCall(node.name, node.args);
  }
}

function compileLogic(kind: 'and' | 'or', fs: Evaluator[]): Evaluator {
  if (kind === 'and') {
    if (fs.length === 2) {
      const [a, b] = fs;
      return (m) => a(m) === true && b(m) === true;
    }
    return (m) => {
      for (let i = 0; i < fs.length; i++) if (fs[i](m) !== true) return false;
      return true;
    };
  }
  if (fs.length === 2) {
    const [a, b] = fs;
    return (m) => a(m) === true || b(m) === true;
  }
  return (m) => {
    for (let i = 0; i < fs.length; i++) if (fs[i](m) === true) return true;
    return false;
  };
}

function compileCompare(node: CompareNode): Evaluator {
  const l = compileValue(node.left);
  const r = node.right;
  const scalarLiteral = r.type === 'string' || r.type === 'number' || r.type === 'bool' || r.type === 'null';
  switch (node.op) {
    case '=':
    case '!=': {
      const neg = node.op === '!=';
      if (scalarLiteral) {
        // Strict equality is FQL equality for scalars once missing is read as null.
        const v = literalValue(r);
        return neg ? (m) => l(m) !== v : (m) => l(m) === v;
      }
      const rf = compileValue(r);
      return neg ? (m) => !fqlEquals(l(m), rf(m)) : (m) => fqlEquals(l(m), rf(m));
    }
    case 'in': {
      if (r.type === 'list' && r.items.every((i) => i.type !== 'null')) {
        const set = new Set(r.items.map(literalValue));
        return (m) => {
          const v = l(m);
          return (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && set.has(v);
        };
      }
      const rf = compileValue(r);
      return (m) => fqlIn(l(m), rf(m));
    }
    default: {
      const rf = compileValue(r);
      const cmp = ORDER[node.op];
      return (m) => {
        const a = l(m);
        if (typeof a !== 'number') return false;
        const b = rf(m);
        return typeof b === 'number' && cmp(a, b);
      };
    }
  }
}

const ORDER: Record<'<' | '<=' | '>' | '>=', (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

function compileCall(name: string, args: FqlNode[]): Evaluator {
  const a = compileValue(args[0]);
  switch (name) {
    case 'contains': {
      if (args[1].type === 'string') {
        const sub = args[1].value;
        return (m) => {
          const s = a(m);
          return typeof s === 'string' && s.includes(sub);
        };
      }
      const b = compileValue(args[1]);
      return (m) => fqlContains(a(m), b(m));
    }
    case 'match': {
      if (args[1].type === 'string') {
        const g = compileGlob(args[1].value);
        return (m) => {
          const s = a(m);
          return typeof s === 'string' && g(s);
        };
      }
      const b = compileValue(args[1]);
      return (m) => {
        const s = a(m);
        const p = b(m);
        return typeof s === 'string' && typeof p === 'string' && globMatches(s, p);
      };
    }
    case 'length':
      return (m) => fqlLength(a(m));
    case 'lowercase':
      return (m) => fqlLowercase(a(m));
    default:
      return (m) => fqlTypeOf(a(m));
  }
}
