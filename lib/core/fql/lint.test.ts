import { describe, expect, it } from 'vitest';
import type { SegmentMessage } from '../sample.ts';
import { compileFql } from './compile.ts';
import { lintFql } from './lint.ts';
import { parseFql } from './parse.ts';
import { applyQuickFix, rangeText } from './test-apply-fix.ts';

const samples: SegmentMessage[] = [
  { type: 'track', event: 'Order Completed', properties: { tier: '2', total: 129.5, tags: ['a', 'b'], items: [{ sku: 'x' }], plan: 'VIP' } },
  { type: 'identify', userId: 'u1', traits: { email: 'a@b.c' }, properties: { tier: '3', total: 5, plan: 'free' } },
];

function lint(text: string, s: SegmentMessage[] = samples) {
  const { ast } = parseFql(text);
  expect(ast).not.toBeNull();
  return lintFql(text, ast, s);
}

function one(text: string, code: string, s: SegmentMessage[] = samples) {
  const found = lint(text, s).filter((d) => d.code === code);
  expect(found.length, `${code} on ${text}`).toBeGreaterThanOrEqual(1);
  const d = found[0];
  expect(d.target).toBe('condition');
  expect(d.range).toBeDefined();
  return d;
}

describe('lintFql', () => {
  it.each([
    // [condition, code, text the range covers, fixed text or null when there is no fix]
    ["event = 'Order Completed'", 'fql/single-quotes', "'Order Completed'", 'event = "Order Completed"'],
    ['type = track', 'fql/unquoted-value', 'track', 'type = "track"'],
    ['properties.items.0.sku = "x"', 'fql/array-index', 'properties.items.0.sku', null],
    ['properties.items.sku = "x"', 'fql/array-path', 'properties.items.sku', null],
    ['properties.tier = 2', 'fql/type-mismatch', 'properties.tier = 2', 'properties.tier = "2"'],
    ['properties.total = "5"', 'fql/type-mismatch', 'properties.total = "5"', 'properties.total = 5'],
    ['properties.tier in [2, 3]', 'fql/type-mismatch', 'properties.tier in [2, 3]', null],
    ['properties.plan > 5', 'fql/ordering-on-string', 'properties.plan > 5', null],
    ['properties.total > "5"', 'fql/ordering-on-string', 'properties.total > "5"', 'properties.total > 5'],
    ['properties.coupon != ""', 'fql/empty-string-existence', 'properties.coupon != ""', 'properties.coupon != null'],
    ['match(event, "^Order.*")', 'fql/regex-in-match', '"^Order.*"', 'match(event, "Order*")'],
    ['match(traits.email, ".*@gmail\\.com$")', 'fql/regex-in-match', '".*@gmail\\.com$"', null],
    ['event = "order completed"', 'fql/event-name-case', '"order completed"', 'event = "Order Completed"'],
    ['contains(properties.tags, "a")', 'fql/contains-on-list', 'contains(properties.tags, "a")', '"a" in properties.tags'],
    ['!properties.flag', 'fql/bare-negation', '!properties.flag', 'properties.flag != true'],
    ['type = "nope"', 'fql/always-false', 'type = "nope"', null],
    ['type != "nope"', 'fql/always-true', 'type != "nope"', null],
    ['type = "track"\r\nor type = "identify"', 'fql/carriage-return', '\r', 'type = "track"\nor type = "identify"'],
  ])('%s -> %s', (text, code, covered, fixed) => {
    const d = one(text, code);
    expect(rangeText(text, d.range!)).toBe(covered);
    expect(d.message.length).toBeGreaterThan(20);
    if (fixed === null) expect(d.fixes ?? []).toEqual([]);
    else expect(applyQuickFix(text, d.fixes![0])).toBe(fixed);
  });

  it('stays quiet on a clean, portable condition that matches some samples', () => {
    expect(lint('type = "track" and event = "Order Completed"')).toEqual([]);
  });

  it('does not flag right-hand paths that exist in the samples', () => {
    expect(lint('userId = userId').filter((d) => d.code === 'fql/unquoted-value')).toEqual([]);
  });

  it('offers one fix for all single-quoted strings', () => {
    const text = "type = 'track' and event = 'Order Completed'";
    const d = one(text, 'fql/single-quotes');
    expect(applyQuickFix(text, d.fixes![1])).toBe('type = "track" and event = "Order Completed"');
  });

  it('does not flag always-true on a single sample', () => {
    expect(lint('type = "track"', [samples[0]]).map((d) => d.code)).not.toContain('fql/always-true');
  });

  it('returns nothing when the condition did not parse', () => {
    expect(lintFql('type ==', null, samples)).toEqual([]);
  });
});

describe('engine-divergence lint', () => {
  it('warns when the OSS runtime answers differently and offers the canonical rewrite', () => {
    const text = "event = 'Order Completed'";
    const d = one(text, 'fql/engine-divergence');
    expect(d.message).toMatch(/sample 1/);
    const fixed = applyQuickFix(text, d.fixes![0]);
    expect(fixed).toBe('event = "Order Completed"');
    expect(lint(fixed).map((x) => x.code)).not.toContain('fql/engine-divergence');
  });

  it('warns when the OSS runtime cannot parse what we accept, without a fix that would not help', () => {
    const d = one('length(properties.tags) = 2', 'fql/engine-divergence');
    expect(d.message).toMatch(/cannot parse/);
    expect(d.fixes ?? []).toEqual([]);
  });

  it('offers parentheses for mixed and/or when that settles the disagreement', () => {
    const text = 'type = "track" or type = "identify" and userId = "nobody"';
    const d = one(text, 'fql/engine-divergence');
    const fixed = applyQuickFix(text, d.fixes![0]);
    expect(fixed).toBe('type = "track" or (type = "identify" and userId = "nobody")');
    const ours = compileFql(parseFql(text).ast!);
    const again = compileFql(parseFql(fixed).ast!);
    for (const s of samples) expect(again(s)).toBe(ours(s));
  });
});
