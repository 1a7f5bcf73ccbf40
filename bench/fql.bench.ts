// FQL evaluation speed: our compiled closures vs @segment/destination-subscriptions' validate()
// (the open-source Actions runtime), same 5-clause conditions, same 100,000 generated events,
// both parsed once. Warm-up, then alternating rounds; median of per-round ratios. Target: ours >= 3x theirs.
import { compileFql } from '../lib/core/fql/compile.ts';
import { ossParse, ossValidate } from '../lib/core/fql/oss-engine.ts';
import { parseFql } from '../lib/core/fql/parse.ts';

const TARGET = 3;
const EVENTS = 100_000;
const ROUNDS = 15;

const CONDITIONS = [
  'type = "track" and event = "Order Completed" and properties.total > 100 and properties.currency = "USD" and context.library.name != null',
  'type = "track" and (event = "Product Viewed" or event = "Product Added") and contains(properties.name, "Nike") and properties.price >= 50',
  'type = "identify" and traits.email != null and match(traits.email, "*@gmail.com") and traits.plan = "pro" and traits.age >= 18',
  'event = "Signed Up" or event = "Order Completed" or properties.revenue > 1000 or traits.vip = true or userId = "u_42"',
  'type = "page" and name = "Pricing" and match(context.page.path, "/pricing*") and !contains(context.page.url, "utm_") and properties.referrer != null',
];

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Events vary the way real traffic does: per-type fields, optional and extra properties, and they
 * come out of JSON.parse (as a request body would), so object shapes differ from event to event.
 */
function makeEvents(n: number): unknown[] {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const maybe = (p: number, key: string, value: unknown, into: Record<string, unknown>) => {
    if (r() < p) into[key] = value;
  };
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const type = pick(['track', 'track', 'track', 'identify', 'page']);
    const e: Record<string, unknown> = { type, messageId: `m_${i}`, timestamp: '2025-01-01T00:00:00Z' };
    if (type === 'track') e.event = pick(['Order Completed', 'Product Viewed', 'Product Added', 'Signed Up', 'Email Opened']);
    if (type === 'page') e.name = pick(['Pricing', 'Home', 'Docs']);
    maybe(0.8, 'userId', `u_${Math.floor(r() * 100)}`, e);
    maybe(0.5, 'anonymousId', `a_${i}`, e);
    const props: Record<string, unknown> = {};
    maybe(0.7, 'total', Math.round(r() * 300 * 100) / 100, props);
    maybe(0.5, 'revenue', Math.floor(r() * 2000), props);
    maybe(0.7, 'currency', pick(['USD', 'EUR', 'usd']), props);
    maybe(0.6, 'name', pick(['Nike Air', 'Adidas Run', 'nike shoe', 'Puma']), props);
    maybe(0.6, 'price', Math.floor(r() * 120), props);
    maybe(0.5, 'referrer', r() < 0.5 ? 'https://google.com' : null, props);
    maybe(0.4, 'items', [{ sku: `SKU-${i % 50}`, qty: 1 }], props);
    maybe(0.2, `extra_${i % 7}`, i, props);
    e.properties = props;
    if (type === 'identify' || r() < 0.3) {
      const traits: Record<string, unknown> = { email: pick(['a@gmail.com', 'b@company.com', 'c@gmail.com']) };
      maybe(0.7, 'plan', pick(['pro', 'free']), traits);
      maybe(0.6, 'age', Math.floor(r() * 60), traits);
      maybe(0.3, 'vip', r() < 0.3, traits);
      e.traits = traits;
    }
    e.context = {
      library: { name: pick(['analytics.js', 'analytics-node']), version: '1.0' },
      ...(type === 'page' ? { page: { path: pick(['/pricing', '/pricing/teams', '/docs']), url: pick(['https://x.io/pricing', 'https://x.io/pricing?utm_source=a']) } } : {}),
    };
    out.push(JSON.parse(JSON.stringify(e)));
  }
  return out;
}

function time(fn: () => number): { ms: number; hits: number } {
  const t0 = performance.now();
  const hits = fn();
  return { ms: performance.now() - t0, hits };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (evals: number, ms: number) => Math.round((evals / ms) * 1000).toLocaleString('en-US');

const events = makeEvents(EVENTS);
const ours = CONDITIONS.map((text) => {
  const ast = parseFql(text).ast;
  if (!ast) throw new Error(`bench condition does not parse: ${text}`);
  return compileFql(ast);
});
const theirs = CONDITIONS.map((text) => {
  const oss = ossParse(text);
  if (!oss.ok) throw new Error(`destination-subscriptions cannot parse: ${text}`);
  return (m: unknown) => ossValidate(oss, m) === true;
});

/**
 * Pipeline order (the target): each event is checked against all five triggers before the next
 * event, as the Actions runtime checks every subscription of a destination. Unrolled so each
 * trigger has its own call site; the same loop shape for both engines.
 */
function pipelineLoop(tests: Array<(m: unknown) => boolean>): () => number {
  const names = tests.map((_, i) => `f${i}`);
  const body = `let hits = 0; for (let i = 0; i < events.length; i++) { const e = events[i]; ${names.map((n) => `if (${n}(e)) hits++;`).join(' ')} } return hits;`;
  const loop = new Function(...names, 'events', body);
  return () => loop(...tests, events) as number;
}

/** Scan order (reported, not the target): one trigger over all events, then the next. */
function scanLoop(test: (m: unknown) => boolean): () => number {
  const loop = new Function('test', 'events', 'let hits = 0; for (let i = 0; i < events.length; i++) if (test(events[i])) hits++; return hits;');
  return () => loop(test, events) as number;
}

/**
 * Alternating rounds (ours/theirs, then theirs/ours) so both see the same machine load; the ratio
 * is the median of per-round ratios, which is steadier than a ratio of medians on a busy machine.
 */
function measure(a: () => number, b: () => number): { ms: [number, number]; ratio: number; hits: [number, number] } {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  let ha = 0;
  let hb = 0;
  for (let k = 0; k < ROUNDS; k++) {
    const first = k % 2 === 0;
    const x = first ? time(a) : undefined;
    const y = time(b);
    const x2 = x ?? time(a);
    ta.push(x2.ms);
    tb.push(y.ms);
    ratios.push(y.ms / x2.ms);
    ha = x2.hits;
    hb = y.hits;
  }
  return { ms: [median(ta), median(tb)], ratio: median(ratios), hits: [ha, hb] };
}

console.log(`FQL: ${CONDITIONS.length} five-clause triggers, ${EVENTS.toLocaleString('en-US')} generated events, median of ${ROUNDS} rounds\n`);
console.log('scan order (one trigger over all events; memory-bound on this machine, reported only):');
for (let c = 0; c < CONDITIONS.length; c++) {
  const r = measure(scanLoop(ours[c]), scanLoop(theirs[c]));
  console.log(`  #${c + 1} ours ${rate(EVENTS, r.ms[0]).padStart(11)}/s  theirs ${rate(EVENTS, r.ms[1]).padStart(11)}/s  ratio ${r.ratio.toFixed(2)}x  matches ${r.hits[0]}/${r.hits[1]}`);
}

const p = measure(pipelineLoop(ours), pipelineLoop(theirs));
const evals = EVENTS * CONDITIONS.length;
const ratio = p.ratio;
console.log('\npipeline order (every event against all triggers) - the target:');
console.log(`  ours   ${rate(evals, p.ms[0]).padStart(12)} evaluations/s  (${p.hits[0]} matches)`);
console.log(`  theirs ${rate(evals, p.ms[1]).padStart(12)} evaluations/s  (${p.hits[1]} matches, destination-subscriptions validate)`);
console.log(`  ratio  ${ratio.toFixed(2)}x (target >= ${TARGET}x) ${ratio >= TARGET ? 'OK' : 'MISSED'}`);
process.exitCode = ratio >= TARGET ? 0 : 1;
