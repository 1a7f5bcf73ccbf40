/**
 * Inline local `#/$defs/...` refs before compiling. Ajv reports errors inside a referenced
 * schema with a schemaPath relative to the definition, which breaks grouping branch errors
 * under their oneOf/anyOf; with refs inlined every schemaPath is absolute.
 * Our destination schemas are not recursive, so a depth guard is enough.
 */
type Json = unknown;

export function inlineLocalRefs(root: object): object {
  const defs = ((root as Record<string, unknown>).$defs ?? {}) as Record<string, Json>;
  const walk = (node: Json, depth: number): Json => {
    if (depth > 64) throw new Error('inlineLocalRefs: schema is too deep or recursive');
    if (Array.isArray(node)) return node.map((n) => walk(n, depth + 1));
    if (node === null || typeof node !== 'object') return node;
    const obj = node as Record<string, Json>;
    const ref = obj.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
      const target = defs[ref.slice('#/$defs/'.length)];
      if (target === undefined) throw new Error(`inlineLocalRefs: unknown ref ${ref}`);
      const { $ref: _ignored, ...rest } = obj;
      const inlined = walk(target, depth + 1) as Record<string, Json>;
      return Object.keys(rest).length === 0 ? inlined : { allOf: [inlined], ...walkObject(rest, depth) };
    }
    return walkObject(obj, depth);
  };
  const walkObject = (obj: Record<string, Json>, depth: number): Record<string, Json> => {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(obj)) {
      if (depth === 0 && k === '$defs') continue;
      out[k] = walk(v, depth + 1);
    }
    return out;
  };
  return walk(root, 0) as object;
}
