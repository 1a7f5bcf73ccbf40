import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/trigger-studio.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('trigger-studio usage (child process)', () => {
  it.each([['--help'], ['-h']])('%s prints the usage to stdout and exits 0', (flag) => {
    const r = cli([flag]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage:\n {2}trigger-studio fql /);
    expect(r.out).toContain('trigger-studio check <bundle.json>');
    expect(r.err).toBe('');
  });

  it.each([[[]], [['nope']], [['constructor']]])('args %j print the usage to stderr and exit 2', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^usage:\n/);
    expect(r.out).toBe('');
  });
});
