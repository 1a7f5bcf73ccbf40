import { describe, expect, it } from 'vitest';
import { filterChains, hashedChains } from './liquid-chains.ts';

describe('filterChains', () => {
  it('reads filters with arguments and pipe offsets', () => {
    const t = '{"e": "{{ customer.email | strip | replace: "a|b", "c" | sha256 }}"}';
    const [c] = filterChains(t);
    expect(c.input).toBe('customer.email');
    expect(c.filters.map((f) => f.name)).toEqual(['strip', 'replace', 'sha256']);
    expect(c.filters[1].args).toBe('"a|b", "c"');
    expect(t[c.filters[2].pipeOffset]).toBe('|');
    expect(t.slice(c.filters[2].pipeOffset, c.filters[2].pipeOffset + 8)).toBe('| sha256');
  });

  it('resolves assigned variables to their source', () => {
    const t = '{% assign e = customer.email | downcase %}{{ e | strip | sha256 }}';
    const hashed = hashedChains(t);
    expect(hashed).toHaveLength(1);
    expect(hashed[0].chain.input).toBe('customer.email');
    expect(hashed[0].before.map((f) => f.name)).toEqual(['downcase', 'strip']);
  });

  it('ignores tags without hashing', () => {
    expect(hashedChains('{{ customer.email | json }}')).toEqual([]);
  });
});
