/**
 * Block nesting depth measured on the raw text, before liquidjs parses it: liquidjs parses
 * recursively, so a pathological nest must be refused before it can exhaust the stack.
 */
const BLOCK_TAGS = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'capture']);
const OPAQUE_TAGS = new Set(['raw', 'comment']);

export function maxNestingDepth(template: string): { depth: number; offset: number } {
  const tagRe = /\{%-?\s*(end)?(\w+)/g;
  let depth = 0;
  let max = { depth: 0, offset: 0 };
  let opaque: string | undefined;
  for (let m = tagRe.exec(template); m; m = tagRe.exec(template)) {
    const [, end, name] = m;
    if (opaque) {
      if (end && name === opaque) opaque = undefined;
      continue;
    }
    if (!end && OPAQUE_TAGS.has(name)) opaque = name;
    else if (!end && BLOCK_TAGS.has(name)) {
      depth++;
      if (depth > max.depth) max = { depth, offset: m.index };
    } else if (end && BLOCK_TAGS.has(name)) depth = Math.max(0, depth - 1);
  }
  return max;
}
