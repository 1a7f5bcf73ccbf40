// Runs the real CLI (bin/trigger-studio.mjs) as a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'render-cli-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/trigger-studio.mjs', 'render', ...args], { input, encoding: 'utf8', cwd: process.cwd() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const context = file('ctx.json', JSON.stringify({ customer: { first_name: 'Jane', orders: 3 }, event: { note: 'Say "hi"' } }));

describe('trigger-studio render', () => {
  it('prints the rendered text and exits 0', () => {
    const t = file('ok.liquid', '{"name": {{ customer.first_name | json }}, "note": {{ event.note | json }}}');
    const r = cli([t, '--context', context]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ name: 'Jane', note: 'Say "hi"' });
  });

  it('reads the context from stdin with -', () => {
    const t = file('stdin.liquid', '{{ customer.first_name }}');
    expect(cli([t, '--context', '-'], JSON.stringify({ customer: { first_name: 'Ann' } })).stdout).toBe('Ann');
  });

  it('accepts a full Sample', () => {
    const sample = { id: 's', name: 'S', customer: { email: 'a@b.c' }, message: { type: 'track', event: 'X', properties: { total: 5 } } };
    const t = file('sample.liquid', '{{ customer.email }} {{ event.total }}');
    expect(cli([t, '--context', file('sample.json', JSON.stringify(sample))]).stdout).toBe('a@b.c 5');
  });

  it('follows --dialect legacy', () => {
    const t = file('div.liquid', '{{ 10 | divided_by: 4 }}');
    expect(cli([t, '--context', context, '--dialect', 'legacy']).stdout).toBe('2');
    expect(cli([t, '--context', context]).stdout).toBe('2.5');
  });

  it('a syntax error exits 2 with line:column on stderr', () => {
    const t = file('bad.liquid', '{\n  {% if customer.vip %}"vip": true\n}');
    const r = cli([t, '--context', context]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^2:3: Liquid syntax error: .*not closed/m);
  });

  it('a render error exits 2 with line:column on stderr', () => {
    const t = file('render-err.liquid', 'a\nb {{ customer.first_name | from_json }}');
    const r = cli([t, '--context', context]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^2:3: .*from_json/m);
  });

  it('--trigger-kind person makes event.* an error', () => {
    const t = file('kind.liquid', '{{ event.note }}');
    const r = cli([t, '--context', context, '--trigger-kind', 'person']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^1:4: event.note is not available/m);
  });

  it.each([
    [['missing.liquid', '--context', context], /cannot read template/],
    [[context], /missing --context/],
    [[context, '--context', context, '--dialect', 'ruby'], /--dialect must be/],
  ])('bad input exits 2 with a message (%j)', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
