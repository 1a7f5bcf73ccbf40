/**
 * Renders a private copy of the template over every sample while recording, for each `{{ }}`, the
 * value before and after each filter (and the filter arguments). Lints judge these recorded
 * values, so each finding is demonstrated by a sample rather than guessed from the text.
 */
import { evalToken, toValue, toValueSync } from 'liquidjs';
import type { Context, Emitter, Template } from 'liquidjs';
import type { Range } from '../../diagnostics.ts';
import type { Sample } from '../../sample.ts';
import { buildLiquidContext } from '../build-liquid-context.ts';
import { getEngine } from '../engine.ts';
import { createRangeFinder } from '../source-ranges.ts';
import { walkTemplates } from '../template-walk.ts';
import type { FilterNode } from '../template-walk.ts';
import type { RenderOptions } from '../types.ts';

export type FilterInfo = { name: string; begin: number; end: number };
export type OutputRun = { sample: Sample; steps: unknown[]; args: unknown[][] };
export type ProbedOutput = {
  begin: number;
  end: number;
  /** Text between the delimiters, trimmed, e.g. `event.note | escape`. */
  content: string;
  /** Text of the value before the first filter, e.g. `event.note`. */
  expression: string;
  filters: FilterInfo[];
  /** `"{{ … }}"`: the output is the whole JSON string. */
  isQuoted: boolean;
  runs: OutputRun[];
};
export type Probe = {
  source: string;
  templates: Template[];
  outputs: ProbedOutput[];
  renders: { sample: Sample; text: string | null }[];
  range(begin: number, end: number): Range;
};

type OutputNode = { token: { begin: number; end: number; contentRange: [number, number] }; value: { initial: { evaluate(ctx: Context, lenient: boolean): unknown }; filters: (FilterNode & { render(v: unknown, ctx: Context): unknown })[] } };

const argToken = (arg: unknown) => (Array.isArray(arg) ? arg[1] : arg) as Parameters<typeof evalToken>[0];

function instrument(node: OutputNode, probe: ProbedOutput, current: { sample?: Sample }): void {
  // eslint-disable-next-line require-yield -- liquidjs drives render() as a generator
  (node as unknown as { render: unknown }).render = function* render(ctx: Context, emitter: Emitter) {
    let value = toValueSync(node.value.initial.evaluate(ctx, false));
    const steps = [value];
    const args: unknown[][] = [];
    for (const f of node.value.filters) {
      args.push(f.args.map((a) => toValueSync(evalToken(argToken(a), ctx))));
      value = toValueSync(f.render(value, ctx));
      steps.push(value);
    }
    if (current.sample) probe.runs.push({ sample: current.sample, steps, args });
    emitter.write(toValue(value));
  };
}

export function probeTemplate(source: string, samples: Sample[], options: RenderOptions): Probe | null {
  const engine = getEngine(options.dialect, options.timezone);
  let templates: Template[];
  try {
    templates = engine.parse(source);
  } catch {
    return null;
  }
  const outputs: ProbedOutput[] = [];
  const current: { sample?: Sample } = {};
  walkTemplates(templates, {
    output(output) {
      const node = output as unknown as OutputNode;
      const [cBegin, cEnd] = node.token.contentRange;
      const content = source.slice(cBegin, cEnd).replace(/^-|-$/g, '').trim();
      const filters = node.value.filters
        .filter((f) => f.token && typeof f.token.kind === 'number')
        .map((f) => ({ name: f.name, begin: f.token.begin, end: f.token.end }));
      const probe: ProbedOutput = {
        begin: node.token.begin,
        end: node.token.end,
        content,
        expression: content.split('|')[0].trim(),
        filters,
        isQuoted: source[node.token.begin - 1] === '"' && source[node.token.end] === '"',
        runs: [],
      };
      outputs.push(probe);
      instrument(node, probe, current);
    },
  });
  const renders = samples.map((sample) => {
    current.sample = sample;
    try {
      return { sample, text: String(engine.renderSync(templates, buildLiquidContext(sample, options.triggerKind))) };
    } catch {
      return { sample, text: null };
    }
  });
  current.sample = undefined;
  return { source, templates, outputs, renders, range: createRangeFinder(source) };
}
