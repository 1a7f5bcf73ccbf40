export type KeyHit = { key: string; pointer: string; value: unknown; depth: number };

/** Every object member in a JSON value, depth-first, with its JSON pointer. */
export function walkMembers(value: unknown, visit: (hit: KeyHit) => void, pointer = '', depth = 0): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkMembers(v, visit, `${pointer}/${i}`, depth + 1));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    const p = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    visit({ key, pointer: p, value: v, depth });
    walkMembers(v, visit, p, depth + 1);
  }
}

/** Shallowest member whose key is one of `keys` (ties: first in document order). */
export function findKey(value: unknown, keys: readonly string[]): KeyHit | undefined {
  let best: KeyHit | undefined;
  walkMembers(value, (hit) => {
    if (keys.includes(hit.key) && (!best || hit.depth < best.depth)) best = hit;
  });
  return best;
}

export function valueAt(value: unknown, pointer: string): unknown {
  let cur: unknown = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function tryParseJson(text: string | null | undefined): { ok: true; value: unknown } | { ok: false } {
  if (text == null) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
