import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeBundle, toBundle } from '../core/bundle/bundle.ts';
import { starterSamples } from '../core/use-cases/starter-samples.ts';
import { starterSettings } from '../core/use-cases/starter-settings.ts';
import { starterTemplate } from '../core/use-cases/starter-templates.ts';
import { getUseCase } from '../core/use-cases/use-cases.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));

function bundleFile(name: string, patch: { template?: string; condition?: string } = {}): string {
  const useCase = getUseCase('cart_abandonment')!;
  const bundle = toBundle({
    trigger: { id: 'trg_cli', name: 'CLI check', useCase: useCase.id, destination: 'meta_custom_audience' },
    version: {
      number: 1,
      status: 'draft',
      template: patch.template ?? starterTemplate(useCase.id, 'meta_custom_audience'),
      condition: patch.condition ?? useCase.defaultCondition,
      samples: starterSamples(useCase.id),
      settings: { ...starterSettings(useCase.id, 'meta_custom_audience'), triggerKind: 'event', dialect: 'latest' },
    },
  });
  const file = join(dir, name);
  writeFileSync(file, serializeBundle(bundle));
  return file;
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/trigger-studio.mjs', 'check', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const FINDING = /^(condition|template|trigger)(:\d+:\d+)?: (error|warning|info) [a-z]+\/[a-z0-9-]+: .+$/;

describe('trigger-studio check (child process)', () => {
  it('exits 0 for a starter bundle with a removal path', () => {
    const r = cli([bundleFile('ok.json'), '--removal-path']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/trg_cli v1: 0 error\(s\)/);
  });

  it('reports the missing removal path as a warning without failing', () => {
    const r = cli([bundleFile('ok2.json')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^trigger: warning lint\/removal-path: /m);
  });

  it('exits 1 and prints line:column findings with the sample for a broken payload', () => {
    const template = '{\n  "payload": {\n    "schema": "EMAIL_SHA256",\n    "data": ["{{ customer.email | sha256 }}"]\n  },\n  "note": "{{ customer.first_name }}"\n}';
    const r = cli([bundleFile('broken.json', { template })]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(FINDING);
    expect(lines.some((l) => /^template:\d+:\d+: error [a-z]+\/[a-z-]+: .* \[dirty\]$/.test(l))).toBe(true);
    expect(r.out).toMatch(/template:4:\d+: warning lint\/identifiers: .*strip and downcase/);
  });

  it('exits 1 for a condition that does not parse', () => {
    const r = cli([bundleFile('cond.json', { condition: 'type = "track" and' })]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^condition:1:\d+: error fql\//m);
  });

  it('exits 2 for a tampered bundle', () => {
    const file = bundleFile('tampered.json');
    const text = readFileSync(file, 'utf8').replace('Checkout Started', 'Checkout Begun');
    writeFileSync(file, text);
    const r = cli([file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bundle\/content-hash-mismatch/);
  });

  it.each([
    [[], /missing the bundle file/],
    [[join(dir, 'nope.json')], /cannot read/],
    [['a.json', 'b.json'], /one bundle file/],
    [['--frobnicate', 'a.json'], /unknown option/],
  ])('exits 2 on bad usage %j', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('exits 2 for a file that is not JSON', () => {
    const file = join(dir, 'junk.json');
    writeFileSync(file, '{"format": "trigger-studio.bundle",');
    const r = cli([file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bundle\/invalid-json/);
  });
});
