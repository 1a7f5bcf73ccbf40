import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'fql-cli-'));
const eventFile = join(dir, 'event.json');
writeFileSync(eventFile, JSON.stringify({ type: 'track', event: 'Order Completed', properties: { total: 129.5 } }));
const ndjson = join(dir, 'events.ndjson');
writeFileSync(ndjson, ['{"type":"track","event":"Order Completed"}', '{"type":"identify"}', '', '{"type":"track","event":"order completed"}', ''].join('\n'));
const badJson = join(dir, 'bad.ndjson');
writeFileSync(badJson, '{"type":"track"}\n{oops\n');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/trigger-studio.mjs', 'fql', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('trigger-studio fql (child process)', () => {
  it('prints true for a matching event file', () => {
    const r = cli(['type = "track" and properties.total > 100', '--event', eventFile]);
    expect(r).toMatchObject({ code: 0, out: 'true\n' });
  });

  it('prints false for a non-matching event read from stdin', () => {
    const r = cli(['event = "Nope"', '--event', '-'], JSON.stringify({ event: 'Order Completed' }));
    expect(r).toMatchObject({ code: 0, out: 'false\n' });
  });

  it('prints one answer per ndjson line', () => {
    const r = cli(['event = "Order Completed"', '--events', ndjson]);
    expect(r).toMatchObject({ code: 0, out: 'true\nfalse\nfalse\n' });
  });

  it('exits 2 with line:column: message for an invalid condition', () => {
    const r = cli(["event = 'Order Completed", '--event', eventFile]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe("1:9: unterminated string: the single quote has no closing '\n");
  });

  it.each([
    [[] as string[]],
    [['type = "track"']],
    [['type = "track"', '--event']],
    [['type = "track"', '--event', eventFile, '--events', ndjson]],
    [['type = "track"', '--bogus', eventFile]],
  ])('exits 2 with usage for bad usage %j', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: trigger-studio fql');
  });

  it('exits 2 on invalid JSON input, naming the line', () => {
    const r = cli(['type = "track"', '--events', badJson]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.ndjson:2: invalid JSON/);
  });

  it('prints warnings on stderr but still answers', () => {
    const r = cli(['type = "a" or type = "track" and event = "Order Completed"', '--event', eventFile]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('true\n');
    expect(r.err).toMatch(/^1:1: warning: 'and' and 'or' are mixed/);
  });
});
