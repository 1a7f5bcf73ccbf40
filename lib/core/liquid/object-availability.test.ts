import { describe, expect, it } from 'vitest';
import { applyEdits } from '../text-edits.ts';
import { compileTemplate } from './compile-template.ts';

const options = { dialect: 'latest', triggerKind: 'event' } as const;

describe('unknown objects', () => {
  it('flags a misspelt root even when | default hides it from the missing-variable check, with a fix', () => {
    const template = '{"email": {{ custmer.email | default: "" | json }}}';
    const { diagnostics } = compileTemplate(template, options);
    const d = diagnostics.find((x) => x.code === 'liquid/unknown-object');
    expect(d?.message).toMatch(/did you mean customer\?/);
    expect(d?.range).toMatchObject({ startLine: 1, startColumn: 14 });
    expect(applyEdits(template, d!.fixes![0].edits)).toBe('{"email": {{ customer.email | default: "" | json }}}');
  });

  it.each([
    ['{% assign x = customer.email %}{{ x }}'],
    ['{% for i in event.items %}{{ i.sku }}{{ forloop.index }}{% endfor %}'],
    ['{{ event_timestamp }} {{ customer.id }} {{ event.total }}'],
  ])('leaves known objects and local names alone: %s', (template) => {
    expect(compileTemplate(template, options).diagnostics.filter((d) => d.code === 'liquid/unknown-object')).toEqual([]);
  });
});
