/**
 * Per-render state: the liquidjs Context subclass the module renders with. It records every
 * lookup that finds nothing (liquidjs' lax mode just prints "") so the preview can warn about it,
 * and carries "now", the dialect and the stand-in counters the Customer.io tags use.
 */
import { Context } from 'liquidjs';
import type { Liquid } from 'liquidjs';
import type { LiquidDialect } from '../sample.ts';
import { SampledTimeLimiter } from './sampled-time-limiter.ts';
import type { VariableRef } from './types.ts';

export type Miss = { ref: VariableRef; path: unknown[]; count: number; siblings: string[]; depth: number };

export type RenderState = {
  dialect: LiquidDialect;
  nowMs: number;
  refs: WeakMap<readonly unknown[], VariableRef>;
  misses: Map<VariableRef, Miss>;
  uuidCounter: number;
  renderLiquidDepth: number;
};

export class PreviewContext extends Context {
  readonly state: RenderState;

  constructor(scope: object, liquid: Liquid, state: RenderState) {
    const renderLimit = new SampledTimeLimiter(liquid.options.renderLimit) as unknown as Context['renderLimit'];
    super(scope, liquid.options, { sync: true }, { liquid, renderLimit });
    this.state = state;
  }

  /** Called only for a miss: records the first missing segment and the keys that did exist there. */
  noteMiss(scope: unknown, paths: unknown[]): void {
    const ref = this.state.refs.get(paths);
    if (!ref) return; // computed lookups (a[b]) and internal reads have no source position
    const seen = this.state.misses.get(ref);
    if (seen) {
      seen.count++;
      return;
    }
    let current: unknown = scope;
    let depth = 0;
    let siblings: string[] = [];
    for (; depth < paths.length; depth++) {
      const next = this.readProperty(current as never, paths[depth] as string);
      if (next === undefined) break;
      siblings = typeof next === 'object' && next !== null && !Array.isArray(next) ? Object.keys(next) : [];
      current = next;
    }
    if (depth === 0) siblings = Object.keys(this.getAll());
    this.state.misses.set(ref, { ref, path: paths, count: 1, siblings, depth });
  }
}

// readPath is private in liquidjs' typings; overriding it is the one hook that sees every variable
// lookup with the token's own literalPath array. The loop mirrors liquidjs' own so a hit costs
// nothing extra; async values (never in JSON samples) fall back to the original implementation.
type ReadPath = (this: PreviewContext, scope: unknown, paths: unknown[], strict: boolean, start: number) => unknown;
const baseReadPath = (Context.prototype as unknown as { readPath: ReadPath }).readPath;

function isPending(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { then?: unknown; next?: unknown };
  return typeof v.then === 'function' || typeof v.next === 'function';
}

(PreviewContext.prototype as unknown as { readPath: ReadPath }).readPath = function readPath(
  this: PreviewContext,
  scope,
  paths,
  _strict,
  start,
) {
  let value: unknown = scope;
  for (let i = start; i < paths.length; i++) {
    value = this.readProperty(value as never, paths[i] as string);
    if (value === undefined) {
      if (start === 0) this.noteMiss(scope, paths);
      return undefined;
    }
    if (isPending(value)) return baseReadPath.call(this, scope, paths, false, start);
  }
  return value;
};

export function stateOf(context: Context): RenderState | undefined {
  return context instanceof PreviewContext ? context.state : undefined;
}
