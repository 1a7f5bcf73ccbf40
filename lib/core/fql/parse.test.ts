import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.ts';
import { stripSpans } from './ast.ts';
import { compileFql } from './compile.ts';
import { MAX_CONDITION_LENGTH, MAX_NESTING_DEPTH } from './limits.ts';
import { parseFql } from './parse.ts';

function errorOf(text: string): Diagnostic {
  const { ast, diagnostics } = parseFql(text);
  expect(ast).toBeNull();
  const d = diagnostics.find((x) => x.severity === 'error');
  expect(d).toBeDefined();
  expect(d!.source).toBe('fql');
  expect(d!.target).toBe('condition');
  return d!;
}

/** Applies a fix's edits (single-line text) and returns the new text. */
function applyFix(text: string, d: Diagnostic): string {
  const edits = [...(d.fixes?.[0].edits ?? [])].sort((a, b) => b.range.startColumn - a.range.startColumn);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range.startColumn - 1) + e.text + out.slice(e.range.endColumn - 1);
  return out;
}

describe('parseFql errors', () => {
  it.each([
    ["event = 'Order Completed", 'fql/unterminated-string', /unterminated string.* at 1:9$/],
    ['userId = ', 'fql/parse', /^expected a value after '=' but the condition ends at 1:8$/],
    ["type = 'track' and", 'fql/parse', /expected a value after 'and'/],
    ["(type = 'track'", 'fql/parse', /expected '\)' to close the '\(' opened at 1:1/],
    ['a = 1 )', 'fql/parse', /unmatched '\)'/],
    ["startsWith( event, 'Order' )", 'fql/unknown-function', /unknown function 'startsWith'/],
    ['contains(event)', 'fql/arity', /contains\(\) takes 2 arguments, got 1/],
    ['length(a, b)', 'fql/arity', /takes 1 argument, got 2/],
    ['a = 1.2.3', 'fql/bad-number', /at most one decimal point/],
    ['a = .5', 'fql/bad-number', /bad number '\.5'/],
    ['a = 1e999', 'fql/bad-number', /exponent notation/],
    [`a = ${'9'.repeat(400)}`, 'fql/bad-number', /too large/],
    ['properties.x\\', 'fql/parse', /dangling '\\'/],
    ['a = b = c', 'fql/parse', /a comparison has one operator/],
    ['a = "x" b = 1', 'fql/parse', /unexpected 'b'.*missing/],
    ['a in [1, b]', 'fql/parse', /list items must be literals/],
    ['a in [1, 2', 'fql/parse', /expected '\]' to close the list/],
    ['a = !b', 'fql/parse', /'!' can only start a condition/],
    ['properties.a..b = 1', 'fql/parse', /empty field name/],
    ['a = 1 and \u00a0b', 'fql/parse', /invisible character U\+00A0/],
    ['a\ud800 = 1', 'fql/parse', /lone surrogate U\+D800/],
    ['a = 1 or \udc00', 'fql/parse', /lone surrogate U\+DC00/],
  ])('%j -> %s', (text, code, message) => {
    const d = errorOf(text);
    expect(d.code).toBe(code);
    expect(d.message).toMatch(message);
    expect(d.range!.startLine).toBe(1);
  });

  it.each([
    ["event == 'A'", "event = 'A'"],
    ["type = 'track' && event = 'A'", "type = 'track' and event = 'A'"],
    ["type = 'track' || event = 'A'", "type = 'track' or event = 'A'"],
    ["type = 'track' AND event = 'A'", "type = 'track' and event = 'A'"],
    ["type = 'track' OR event = 'A'", "type = 'track' or event = 'A'"],
    ['properties.$price > 1', 'properties.\\$price > 1'],
    ['$price > 1', '\\$price > 1'],
  ])('%j carries a quick fix', (text, fixed) => {
    const d = errorOf(text);
    expect(d.fixes?.length).toBe(1);
    expect(applyFix(text, d)).toBe(fixed);
    expect(parseFql(fixed).ast).not.toBeNull();
  });

  it('reports an empty condition', () => {
    for (const t of ['', '  \n\t ']) {
      const d = errorOf(t);
      expect(d.code).toBe('fql/empty');
      expect(d.message).toMatch(/^condition is empty/);
    }
  });
});

describe('parseFql limits', () => {
  it('rejects a 100 KB condition without tokenizing it', () => {
    const text = `type = "track" and ${'properties.a = 1 and '.repeat(5000)}event = "x"`;
    expect(text.length).toBeGreaterThan(100_000);
    const t0 = Date.now();
    const d = errorOf(text);
    expect(Date.now() - t0).toBeLessThan(200);
    expect(d.code).toBe('fql/too-long');
    expect(d.message).toContain(MAX_CONDITION_LENGTH.toLocaleString('en-US'));
  });

  it('accepts a condition just under the limit', () => {
    const clause = 'properties.a = 1 or ';
    const text = clause.repeat(Math.floor((MAX_CONDITION_LENGTH - 20) / clause.length)) + 'type = "track"';
    expect(text.length).toBeLessThanOrEqual(MAX_CONDITION_LENGTH);
    const { ast } = parseFql(text);
    expect(compileFql(ast!)({ type: 'track' })).toBe(true);
  });

  it.each([
    ['9,000 nested parentheses', `${'('.repeat(9_000)}a${')'.repeat(9_000)}`],
    ['10,000 unclosed parentheses', '('.repeat(10_000)],
    ['5,000 negations', `${'!'.repeat(5_000)}a`],
    ['nested calls', `${'length('.repeat(1_000)}a${')'.repeat(1_000)}`],
  ])('rejects %s with a depth diagnostic', (_name, text) => {
    const d = errorOf(text);
    expect(d.code).toBe('fql/too-deep');
    expect(d.message).toContain(String(MAX_NESTING_DEPTH));
  });

  it('rejects 10,000 nested parentheses (over the length cap) without recursing', () => {
    const d = errorOf(`${'('.repeat(10_000)}a${')'.repeat(10_000)}`);
    expect(d.code).toBe('fql/too-long');
  });

  it(`accepts ${MAX_NESTING_DEPTH} levels`, () => {
    const text = `${'('.repeat(MAX_NESTING_DEPTH)}a = 1${')'.repeat(MAX_NESTING_DEPTH)}`;
    expect(compileFql(parseFql(text).ast!)({ a: 1 })).toBe(true);
  });

  it('accepts odd Unicode inside strings and escaped in paths', () => {
    const { ast } = parseFql('properties.\\ü\\😀 = "ア\ud800" and length("😀") = 4');
    expect(compileFql(ast!)({ properties: { 'ü😀': 'ア\ud800' } })).toBe(true);
  });
});

describe('parseFql trees', () => {
  it('gives and tighter binding than or, with a warning and a parenthesising fix', () => {
    const text = 'a = 1 or b = 2 and c = 3';
    const { ast, diagnostics } = parseFql(text);
    expect(ast!.type).toBe('or');
    const w = diagnostics.find((d) => d.code === 'fql/mixed-and-or')!;
    expect(w.severity).toBe('warning');
    expect(applyFix(text, w)).toBe('a = 1 or (b = 2 and c = 3)');
    expect(parseFql(applyFix(text, w)).diagnostics).toEqual([]);
  });

  it('does not warn when groups are parenthesised', () => {
    expect(parseFql('(a or b) and c').diagnostics).toEqual([]);
    expect(parseFql('a or (b and c)').diagnostics).toEqual([]);
  });

  it('keeps source ranges on every node', () => {
    const { ast } = parseFql('type = "track"\nand contains(properties.name, "x")');
    expect(ast!.range).toEqual({ startLine: 1, startColumn: 1, endLine: 2, endColumn: 35 });
    const call = (ast as { operands: Array<{ range: unknown; args?: Array<{ range: unknown }> }> }).operands[1];
    expect(call.range).toEqual({ startLine: 2, startColumn: 5, endLine: 2, endColumn: 35 });
    expect(call.args![0].range).toEqual({ startLine: 2, startColumn: 14, endLine: 2, endColumn: 29 });
  });

  it('reads escaped segments and keywords as paths only when escaped', () => {
    expect(stripSpans(parseFql('properties.utm\\.source').ast!)).toEqual({ type: 'path', segments: ['properties', 'utm.source'] });
    expect(stripSpans(parseFql('true').ast!)).toEqual({ type: 'bool', value: true });
    expect(stripSpans(parseFql('\\true').ast!)).toEqual({ type: 'path', segments: ['true'] });
    expect(stripSpans(parseFql('properties.first-name').ast!)).toEqual({ type: 'path', segments: ['properties', 'first-name'] });
  });
});
