import { describe, expect, it } from 'vitest';
import { explainFql } from './explain.ts';
import { parseFql } from './parse.ts';

const msg = {
  type: 'track',
  event: 'Order Completed',
  properties: { tier: '2', total: 129.5, tags: ['a', 'b'], coupon: null, flag: 'true', plan: 'VIP', items: [{ sku: 'x' }] },
};

const explain = (text: string, m: unknown = msg) => explainFql(parseFql(text).ast!, m);

describe('explainFql', () => {
  it('lists each clause with its range, text and result', () => {
    const e = explain("type = 'track' and (event = 'Nope' or properties.total > 100)");
    expect(e.result).toBe(true);
    expect(e.clauses.map((c) => [c.text, c.result])).toEqual([
      ['type = "track"', true],
      ['event = "Nope"', false],
      ['properties.total > 100', true],
    ]);
    expect(e.clauses[1].range).toEqual({ startLine: 1, startColumn: 21, endLine: 1, endColumn: 35 });
    expect(e.clauses[0].reason).toBeUndefined();
  });

  it.each([
    ['event = "order completed"', /^differs only by case: the sample has "Order Completed"/],
    ['match(event, "order*")', /^differs only by case/],
    ['contains(event, "completed")', /^differs only by case/],
    ['properties.tier = 2', /^string compared with number: the sample has "2" \(string\), the condition has 2 \(number\)/],
    ['properties.total = "129.5"', /^string compared with number/],
    ['properties.tier > 1', /^string compared with number/],
    ['properties.nickname = "x"', /^field missing in this sample: properties.nickname/],
    ['contains(properties.nickname, "x")', /^field missing in this sample/],
    ['properties.coupon = "x"', /^field is null in this sample: properties.coupon/],
    ['contains(properties.tags, "a")', /^value is a list: use in \("a" in properties.tags\)/],
    ['properties.tags = "a"', /^value is a list: use in/],
    ['properties.items.sku = "x"', /properties.items is a list in this sample/],
    ['properties.flag', /bare field is true only when it is the boolean true; the sample has "true" \(string\)/],
    ['properties.flag = true', /^boolean compared with string|^string compared with boolean/],
    ['"2" in [2, 3]', /^string compared with number/],
    ['!contains(event, "Order")', /^the test inside '!' is true/],
  ])('%s -> %s', (text, reason) => {
    const e = explain(text);
    expect(e.result).toBe(false);
    expect(e.clauses).toHaveLength(1);
    expect(e.clauses[0].result).toBe(false);
    expect(e.clauses[0].reason).toMatch(reason);
  });

  it('explains the negated-missing gotcha even though the clause is true', () => {
    const e = explain('!contains(properties.nickname, "x")');
    expect(e.result).toBe(true);
    expect(e.clauses[0].reason).toMatch(/^field missing in this sample.*'!'/);
  });
});
