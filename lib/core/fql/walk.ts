import type { FqlNode } from './ast.ts';

/** Visits every node, parents first. Trees from parseFql are at most 64 levels deep. */
export function walkFql(node: FqlNode, visit: (node: FqlNode, parent: FqlNode | null) => void, parent: FqlNode | null = null): void {
  visit(node, parent);
  switch (node.type) {
    case 'and':
    case 'or':
      for (const o of node.operands) walkFql(o, visit, node);
      break;
    case 'not':
      walkFql(node.operand, visit, node);
      break;
    case 'compare':
      walkFql(node.left, visit, node);
      walkFql(node.right, visit, node);
      break;
    case 'call':
      for (const a of node.args) walkFql(a, visit, node);
      break;
    case 'list':
      for (const i of node.items) walkFql(i, visit, node);
      break;
    default:
      break;
  }
}
