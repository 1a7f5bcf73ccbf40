/**
 * A light reader for Liquid filter chains (`{{ input | f: a | g }}` and `{% assign x = ... %}`),
 * enough for operator lints to see what happens to an identifier before it is hashed.
 * It is not a Liquid parser: the liquid module owns syntax errors.
 */
export type Filter = { name: string; args: string; /** absolute offset of the `|` before it */ pipeOffset: number };

export type FilterChain = {
  /** The value expression, with assigned variables resolved back to their source path. */
  input: string;
  /** Filters in order, including those applied while assigning the input variable. */
  filters: Filter[];
  start: number;
  end: number;
  assignedTo?: string;
};

const TAG = /\{\{-?([\s\S]*?)-?\}\}|\{%-?\s*assign\s+([\w.-]+)\s*=([\s\S]*?)-?%\}/g;

export function filterChains(template: string): FilterChain[] {
  const chains: FilterChain[] = [];
  const assigned = new Map<string, FilterChain>();
  for (const m of template.matchAll(TAG)) {
    const body = m[1] ?? m[3] ?? '';
    const bodyOffset = m.index + m[0].indexOf(body, m[1] !== undefined ? 2 : m[0].indexOf('=') + 1);
    const parts = splitPipes(body);
    const input = parts[0].text.trim();
    const own: Filter[] = parts.slice(1).map((p) => {
      const [, name = '', args = ''] = /^\s*([\w-]+)\s*:?\s*([\s\S]*)$/.exec(p.text) ?? [];
      return { name, args: args.trim(), pipeOffset: bodyOffset + p.offset - 1 };
    });
    const source = assigned.get(input);
    const chain: FilterChain = {
      input: source ? source.input : input,
      filters: source ? [...source.filters, ...own] : own,
      start: m.index,
      end: m.index + m[0].length,
    };
    if (m[2]) {
      chain.assignedTo = m[2];
      assigned.set(m[2], chain);
    }
    chains.push(chain);
  }
  return chains;
}

/** Split on `|` outside quotes; offsets are relative to `body`. */
function splitPipes(body: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '|') {
      out.push({ text: body.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  out.push({ text: body.slice(start), offset: start });
  return out;
}

export const HASH_FILTERS = new Set(['sha256', 'sha1', 'md5', 'hmac_sha256', 'hmac_sha1']);

/** Chains that hash something, with the filters that ran before the hash. */
export function hashedChains(template: string): Array<{ chain: FilterChain; hash: Filter; before: Filter[] }> {
  const out: Array<{ chain: FilterChain; hash: Filter; before: Filter[] }> = [];
  for (const chain of filterChains(template)) {
    if (chain.assignedTo) continue;
    const idx = chain.filters.findIndex((f) => HASH_FILTERS.has(f.name));
    if (idx >= 0) out.push({ chain, hash: chain.filters[idx], before: chain.filters.slice(0, idx) });
  }
  return out;
}
