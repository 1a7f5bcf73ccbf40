import type { FqlNode, LiteralNode } from '../fql/ast.ts';
import { formatFql, formatLiteral } from '../fql/format.ts';
import { parseFql } from '../fql/parse.ts';

const OP_WORDS: Record<string, string> = {
  '=': 'is', '!=': 'is not', '<': 'is less than', '<=': 'is less than or equal to',
  '>': 'is greater than', '>=': 'is greater than or equal to', in: 'is one of',
};

export type TriggerInstructions = {
  /** How to set up the campaign trigger. */
  trigger: string[];
  /** Filters / action conditions to click together. */
  conditions: string[];
  /** Clauses that have no campaign-UI equivalent, to recreate by hand. */
  manual: string[];
};

function literalText(node: FqlNode): string | undefined {
  if (node.type === 'string' || node.type === 'number' || node.type === 'bool' || node.type === 'null') return formatLiteral(node as LiteralNode);
  if (node.type === 'list') return `[${node.items.map(formatLiteral).join(', ')}]`;
  return undefined;
}

function pathOf(node: FqlNode): string[] | undefined {
  return node.type === 'path' ? node.segments : undefined;
}

function describeField(segments: string[]): { scope: string; name: string } | undefined {
  const [root, ...rest] = segments;
  if (root === 'properties' && rest.length) return { scope: 'event attribute (data)', name: rest.join('.') };
  if (root === 'traits' && rest.length) return { scope: 'person attribute', name: rest.join('.') };
  if (root === 'context' && rest[0] === 'traits' && rest.length > 1) return { scope: 'person attribute', name: rest.slice(1).join('.') };
  return undefined;
}

function clause(node: FqlNode, out: TriggerInstructions, state: { type?: string; event?: string }): void {
  if (node.type === 'compare') {
    const path = pathOf(node.left);
    const value = literalText(node.right);
    if (path && value !== undefined) {
      const key = path.join('.');
      if (key === 'type' && node.op === '=' && node.right.type === 'string') return void (state.type = node.right.value);
      if (key === 'event' && node.op === '=' && node.right.type === 'string') return void (state.event = node.right.value);
      const field = describeField(path);
      if (field) return void out.conditions.push(`${field.scope} "${field.name}" ${OP_WORDS[node.op]} ${value}`);
    }
  }
  if (node.type === 'call' && (node.name === 'match' || node.name === 'contains')) {
    const path = pathOf(node.args[0]);
    const pattern = node.args[1]?.type === 'string' ? node.args[1].value : undefined;
    if (path && pattern !== undefined) {
      const what = path.join('.') === 'event' ? 'event name' : (describeField(path) ? `${describeField(path)!.scope} "${describeField(path)!.name}"` : undefined);
      if (what) {
        if (node.name === 'contains') return void out.conditions.push(`${what} contains "${pattern}"`);
        const star = pattern.indexOf('*');
        const simple = !/[?[\]\\]/.test(pattern) && (pattern.match(/\*/g)?.length ?? 0) === 1;
        if (simple && star === pattern.length - 1) return void out.conditions.push(`${what} starts with "${pattern.slice(0, -1)}"`);
        if (simple && star === 0) return void out.conditions.push(`${what} ends with "${pattern.slice(1)}"`);
      }
    }
  }
  out.manual.push(`recreate by hand: ${formatFql(node)}`);
}

/**
 * Parenthesised groups of the same connective ((a and b) and c) say nothing extra; flattening them
 * lets `event = "..."` inside a group still name the campaign trigger. Iterative: no stack depth limit.
 */
function flattenSame(node: FqlNode): FqlNode {
  if (node.type !== 'and' && node.type !== 'or') return node;
  const operands: FqlNode[] = [];
  const stack: FqlNode[] = [...node.operands].reverse();
  while (stack.length) {
    const next = stack.pop()!;
    if (next.type === node.type) for (let i = next.operands.length - 1; i >= 0; i--) stack.push(next.operands[i]);
    else operands.push(next);
  }
  return { ...node, operands };
}

/**
 * Plain-language campaign setup derived from the FQL condition (docs 7.2): Journeys campaign
 * triggers are built in the UI, so FQL can only guide the marketer.
 */
export function triggerInstructions(condition: string): TriggerInstructions {
  const out: TriggerInstructions = { trigger: [], conditions: [], manual: [] };
  const parsed = parseFql(condition.replace(/\r\n?/g, '\n')).ast;
  if (!parsed) {
    out.manual.push('The condition does not parse; fix it before exporting (see the condition diagnostics).');
    return out;
  }
  const ast = flattenSame(parsed);
  const state: { type?: string; event?: string } = {};
  if (ast.type === 'or') {
    out.manual.push(`The condition has alternatives (or): create one campaign per alternative or an action condition matching ANY of: ${ast.operands.map(formatFql).join(' | ')}`);
  } else {
    for (const node of ast.type === 'and' ? ast.operands : [ast]) clause(node, out, state);
  }
  if (state.event) {
    out.trigger.push(`Campaign trigger: "event" - when a person performs the event named "${state.event}".`);
  } else if (state.type === 'identify') {
    out.trigger.push('Campaign trigger: "segment" (or attribute change) - a data-driven segment built from the person attribute conditions below.');
  } else if (state.type === 'track') {
    out.trigger.push('Campaign trigger: "event" - pick the event(s) this condition is meant for (the FQL does not name one).');
  } else if (state.type) {
    out.manual.push(`Messages of type "${state.type}" have no campaign trigger in Journeys; check whether a Data Pipelines action fits better.`);
  }
  if (out.conditions.length) {
    out.trigger.push(state.type === 'identify' ? 'Add the conditions below to the segment.' : 'Add the conditions below as trigger filters (event data) or action conditions (person attributes).');
  }
  return out;
}
