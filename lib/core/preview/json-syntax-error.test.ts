import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './json-syntax-error.ts';

describe('jsonSyntaxError', () => {
  it.each([
    ['{"a": 1, "b": [true, null, "x", -1.5e3], "c": {}}'],
    ['[]'],
    ['"\\u00e9\\n"'],
    ['  {"nested": [[[{}]]]}  '],
  ])('accepts valid JSON %s', (text) => {
    expect(jsonSyntaxError(text)).toBeNull();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it.each([
    ['{"total": ,}', 10, /value is missing/],
    ['{"a": 1,}', 7, /trailing comma/],
    ['["a","b",]', 8, /trailing comma/],
    ['{"name": "Say "hi""}', 15, /expected ','/],
    ['{"note": "line\nbreak"}', 14, /line break inside a string/],
    ['{"path": "C:\\xyz"}', 12, /invalid escape/],
    ['{"a": 1} extra', 9, /after the end/],
    ['{"a" 1}', 5, /expected ':'/],
    ['{a: 1}', 1, /quoted key/],
    ['{"a": [1, 2}', 11, /expected ',' or '\]'/],
    ['{"tags": vipnewsletter}', 9, /unexpected "v"/],
    ['', 0, /ends where a value/],
  ])('finds the error in %j at %i', (text, offset, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = jsonSyntaxError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.message).toMatch(message);
  });

  it('handles 100,000 nested arrays without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    expect(jsonSyntaxError(deep)?.message).toMatch(/expected ','/);
  });
});
