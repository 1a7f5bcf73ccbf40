// Target: renderCompiled (our Customer.io layer) costs at most 1.2x liquidjs' own renderSync of the
// same parsed 5 KB payload template and data, measured side by side in one run (medians of rounds).
// Also reports the live-preview budget: compile + render 3 samples must stay well under 3 ms.
import { Liquid } from 'liquidjs';
import type { Sample } from '../lib/core/sample.ts';
import { buildLiquidContext } from '../lib/core/liquid/build-liquid-context.ts';
import { compileTemplate } from '../lib/core/liquid/compile-template.ts';
import { renderCompiled } from '../lib/core/liquid/render-compiled.ts';

const MAX_RATIO = 1.2;
const PREVIEW_BUDGET_MS = 3;

function payloadTemplate(): string {
  const lines = [
    '{',
    '  "email": {{ customer.email | default: "" | strip | downcase | json }},',
    '  "email_sha256": "{% if customer.email != blank %}{{ customer.email | strip | downcase | sha256 }}{% endif %}",',
    '  "first_name": {{ customer.first_name | default: "" | json }},',
    '  "value": {{ event.total | default: 0 }},',
    '  "currency": {{ event.currency | default: "USD" | json }},',
    '  "ts": "{{ event_timestamp | date: "%Y-%m-%dT%H:%M:%SZ" }}",',
    '  "tier": "{% if customer.vip %}vip{% elsif customer.orders > 5 %}loyal{% else %}standard{% endif %}",',
    '  "items": [{% for i in event.items %}{"sku": {{ i.sku | default: "" | json }}, "qty": {{ i.qty | default: 1 }}, "price": {{ i.price | times: 100 | round }}}{% unless forloop.last %},{% endunless %}{% endfor %}],',
  ];
  let n = 0;
  while (lines.join('\n').length < 5000) {
    lines.push(`  "attr_${n}": {% if customer.orders > ${n % 7} %}{{ customer.city | default: "" | upcase | json }}{% else %}null{% endif %},`);
    n++;
  }
  lines.push('  "end": true', '}');
  return lines.join('\n');
}

function sample(i: number): Sample {
  return {
    id: `s${i}`,
    name: `sample ${i}`,
    customer: { email: ` Jane${i}@Example.com `, first_name: `Jane "${i}"`, vip: i % 2 === 0, orders: i * 3, city: 'Zürich' },
    message: {
      type: 'track',
      event: 'Order Completed',
      timestamp: '2023-11-14T22:13:20Z',
      properties: {
        total: 129.5 + i,
        currency: 'EUR',
        items: Array.from({ length: 8 }, (_, k) => ({ sku: `SKU-${k}`, qty: k + 1, price: 9.99 + k })),
      },
    },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timePerOp(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return ((performance.now() - start) * 1000) / iterations; // µs
}

const template = payloadTemplate();
const options = { dialect: 'latest', triggerKind: 'event', now: new Date('2024-01-01T00:00:00Z') } as const;
const { compiled, diagnostics } = compileTemplate(template, options);
if (!compiled) throw new Error(`bench template does not compile: ${JSON.stringify(diagnostics)}`);
const samples = [sample(1), sample(2), sample(3)];

// Baseline: liquidjs alone, same text, same options that matter, same data.
const raw = new Liquid({ timezoneOffset: 0 });
raw.registerFilter('sha256', compiled.engine.filters.sha256);
const rawTemplates = raw.parse(template);
const contexts = samples.map((s) => buildLiquidContext(s, 'event'));
for (let i = 0; i < samples.length; i++) {
  const ours = renderCompiled(compiled, samples[i]).text;
  const theirs = raw.renderSync(rawTemplates, contexts[i]);
  if (ours !== theirs) throw new Error('outputs differ: the comparison would be unfair');
}

const ITER = 300;
const ROUNDS = 15;
const oursTimes: number[] = [];
const rawTimes: number[] = [];
for (let w = 0; w < 3; w++) {
  timePerOp(() => renderCompiled(compiled, samples[w % 3]), ITER);
  timePerOp(() => raw.renderSync(rawTemplates, contexts[w % 3]), ITER);
}
for (let r = 0; r < ROUNDS; r++) {
  const s = r % 3;
  // Alternate the order so neither side always runs on a warmer cache.
  if (r % 2 === 0) {
    oursTimes.push(timePerOp(() => renderCompiled(compiled, samples[s]), ITER));
    rawTimes.push(timePerOp(() => raw.renderSync(rawTemplates, contexts[s]), ITER));
  } else {
    rawTimes.push(timePerOp(() => raw.renderSync(rawTemplates, contexts[s]), ITER));
    oursTimes.push(timePerOp(() => renderCompiled(compiled, samples[s]), ITER));
  }
}

const previewTimes: number[] = [];
for (let r = 0; r < 130; r++) {
  const start = performance.now();
  const c = compileTemplate(template, options).compiled!;
  for (const s of samples) renderCompiled(c, s);
  if (r >= 30) previewTimes.push(performance.now() - start); // the first runs only warm the JIT
}

const oursMedian = median(oursTimes);
const rawMedian = median(rawTimes);
const ratio = oursMedian / rawMedian;
const preview = median(previewTimes);
console.log(`template: ${template.length} chars, ${ROUNDS} rounds x ${ITER} renders`);
console.log(`renderCompiled median: ${oursMedian.toFixed(1)} µs/render`);
console.log(`liquidjs renderSync median: ${rawMedian.toFixed(1)} µs/render`);
console.log(`ratio: ${ratio.toFixed(3)} (target <= ${MAX_RATIO})`);
console.log(`live preview (compile + 3 samples) median: ${preview.toFixed(2)} ms (target < ${PREVIEW_BUDGET_MS})`);
const ok = ratio <= MAX_RATIO && preview < PREVIEW_BUDGET_MS;
console.log(ok ? 'PASS' : 'FAIL');
process.exitCode = ok ? 0 : 1;
