// Templates that would hang or exhaust memory stop with a clear liquid/limit error, quickly.
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.ts';
import { renderWith } from './test-helpers.ts';

const ctx = { customer: {} };

const cases: [string, string, RegExp][] = [
  ['huge range', '{% for i in (1..100000000) %}x{% endfor %}', /too much data/],
  ['nested loops', '{% for a in (1..5000) %}{% for b in (1..5000) %}{% for c in (1..5000) %}x{% endfor %}{% endfor %}{% endfor %}', /loop runs too long|too much data/],
  ['append doubling', '{% assign s = "xxxxxxxxxx" %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}', /too much data/],
  ['capture doubling', '{% capture s %}x{% endcapture %}{% for i in (1..60) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}', /too much data/],
  ['output too long', `{% assign s = "${'y'.repeat(1000)}" %}{% for i in (1..5000) %}{{ s }}{% endfor %}`, /Rendered text is \d+ characters/],
  ['template too large', 'x'.repeat(LIMITS.maxTemplateChars + 1), /Template is \d+ characters/],
  ['nesting too deep', '{% if a %}'.repeat(LIMITS.maxNestingDepth + 1) + '{% endif %}'.repeat(LIMITS.maxNestingDepth + 1), /nested \d+ levels deep/],
];

describe('limits', () => {
  it.each(cases)('%s stops with a liquid/limit error', (_name, template, message) => {
    const started = performance.now();
    const r = renderWith(template, ctx, { triggerKind: 'person' });
    const elapsed = performance.now() - started;
    expect(r.text).toBeNull();
    const d = r.diagnostics.find((x) => x.code === 'liquid/limit');
    expect(d?.severity).toBe('error');
    expect(d?.message).toMatch(message);
    expect(elapsed).toBeLessThan(LIMITS.renderLimitMs + 1500);
  });

  it('a limit error inside a loop points at the line that hit it', () => {
    const r = renderWith('{\n{% for i in (1..100000000) %}x{% endfor %}}', ctx, { triggerKind: 'person' });
    expect(r.diagnostics[0].range?.startLine).toBe(2);
  });

  it('a normal large template is not affected', () => {
    const t = '{% for i in (1..2000) %}{"i": {{ i }}}{% unless forloop.last %},{% endunless %}{% endfor %}';
    const r = renderWith(`[${t}]`, ctx, { triggerKind: 'person' });
    expect(JSON.parse(r.text ?? '')).toHaveLength(2000);
  });
});
