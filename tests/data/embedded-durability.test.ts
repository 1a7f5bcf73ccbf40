import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/data/db.ts';
import { EmbeddedDatabaseInUseError } from '../../lib/data/embedded-lock.ts';
import { getTrigger, getVersion } from '../../lib/data/triggers.ts';
import { scratchDataDir } from '../helpers/databases.ts';

describe('embedded database', () => {
  it('refuses a second opener while a process holds it, and keeps every acknowledged save after SIGKILL', async () => {
    const dataDir = scratchDataDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/save-loop.ts', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: Array<{ id: string; version: number }> = [];
    let workspaceId = '';
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          const [word, a, b] = line.split(' ');
          if (word === 'ready') workspaceId = a;
          if (word === 'acked') acked.push({ id: a, version: Number(b) });
        }
        if (acked.length >= 25) resolve();
      });
      child.on('exit', (code) => reject(new Error(`save loop exited early with ${code}`)));
    });

    await expect(openDb({ dataDir })).rejects.toBeInstanceOf(EmbeddedDatabaseInUseError);

    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const { db, close } = await openDb({ dataDir });
    try {
      const last = acked[acked.length - 1];
      const trigger = await getTrigger(db, workspaceId, last.id);
      expect(trigger.latestVersion).toBeGreaterThanOrEqual(last.version);
      for (const { id, version } of acked) {
        expect((await getVersion(db, workspaceId, id, version)).condition).toBe(`event = "v${version}"`);
      }
    } finally {
      await close();
    }
  }, 120_000);
});
