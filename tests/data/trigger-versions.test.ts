import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDefinition } from '../../lib/core/trigger/new-definition.ts';
import { createTrigger, getTrigger, getVersion, listTriggers, saveVersion } from '../../lib/data/triggers.ts';
import type { Db } from '../../lib/data/db.ts';
import { AppError } from '../../lib/errors.ts';
import { seedWorkspace, TEST_DATABASES } from '../helpers/databases.ts';

describe.each(TEST_DATABASES)('trigger versions on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;

  beforeAll(async () => {
    ({ db, close } = await open());
    ws = await seedWorkspace(db);
  });
  afterAll(async () => close?.());

  const def = () => newDefinition('cart_abandonment', 'meta_custom_audience');

  it('creates version 1 and lists the trigger with its latest version', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Cart → Meta', definition: def() });
    const v1 = await getVersion(db, ws.workspace.id, id, 1);
    expect(v1.template).toBe(def().template);
    expect(v1.samples).toEqual(def().samples);
    expect(v1.status).toBe('draft');
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const list = await listTriggers(db, ws.workspace.id);
    expect(list.find((t) => t.id === id)).toMatchObject({ latestVersion: 1, name: 'Cart → Meta' });
  });

  it('creates the paired removal trigger and links both ways', async () => {
    const { id, pairedId } = await createTrigger(db, ws.marketer, {
      name: 'Pair',
      definition: def(),
      pairedWith: { name: 'Pair removal', definition: newDefinition('purchase_removal', 'meta_custom_audience') },
    });
    expect(pairedId).toBeTruthy();
    expect((await getTrigger(db, ws.workspace.id, id)).paired?.id).toBe(pairedId);
    expect((await getTrigger(db, ws.workspace.id, pairedId!)).paired?.id).toBe(id);
  });

  it('makes every save a new immutable version and refuses a stale base with CONFLICT', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Versions', definition: def() });
    const edited = { ...def(), template: def().template.replace('"schema_version"', '"schema_version" ') };
    const v2 = await saveVersion(db, ws.marketer, { triggerId: id, baseVersion: 1, force: false, definition: edited });
    expect(v2.version).toBe(2);
    const stale = saveVersion(db, ws.reviewer, { triggerId: id, baseVersion: 1, force: false, definition: def() });
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(stale).rejects.toThrow(/Version 2 was saved by marketer/);
    expect((await getVersion(db, ws.workspace.id, id, 1)).template).toBe(def().template);
    const v3 = await saveVersion(db, ws.reviewer, { triggerId: id, baseVersion: 1, force: true, definition: def() });
    expect(v3.version).toBe(3);
    expect((await getVersion(db, ws.workspace.id, id, 2)).template).toBe(edited.template);
  });

  it('lets two racing saves from the same base end as one version plus one conflict', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Race', definition: def() });
    const a = { ...def(), condition: 'type = "track" and event = "A"' };
    const b = { ...def(), condition: 'type = "track" and event = "B"' };
    const results = await Promise.allSettled([
      saveVersion(db, ws.marketer, { triggerId: id, baseVersion: 1, force: false, definition: a }),
      saveVersion(db, ws.reviewer, { triggerId: id, baseVersion: 1, force: false, definition: b }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toBeInstanceOf(AppError);
    expect((failed[0].reason as AppError).code).toBe('CONFLICT');
    const trigger = await getTrigger(db, ws.workspace.id, id);
    expect(trigger.latestVersion).toBe(2);
    expect(trigger.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('lets racing forced saves all become versions (nothing lost)', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Race forced', definition: def() });
    const saves = [1, 2, 3].map((n) =>
      saveVersion(db, ws.marketer, { triggerId: id, baseVersion: 1, force: true, definition: { ...def(), condition: `event = "E${n}"` } }).catch((e) => e),
    );
    const results = await Promise.all(saves);
    const saved = results.filter((r) => !(r instanceof Error));
    const conditions = await Promise.all(saved.map((r) => getVersion(db, ws.workspace.id, id, r.version).then((v) => v.condition)));
    expect(new Set(conditions).size).toBe(saved.length);
    for (const r of results) if (r instanceof Error) expect((r as AppError).code).toBe('CONFLICT');
    expect((await getTrigger(db, ws.workspace.id, id)).latestVersion).toBe(1 + saved.length);
  });

  it('refuses secrets in clear and keeps the trigger unchanged', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Secrets', definition: def() });
    const leaky = { ...def(), settings: { ...def().settings, headers: [{ name: 'Authorization', value: 'Bearer EAABsecretsecretsecret123', secret: true }] } };
    await expect(saveVersion(db, ws.marketer, { triggerId: id, baseVersion: 1, force: false, definition: leaky })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await getTrigger(db, ws.workspace.id, id)).latestVersion).toBe(1);
  });

  it('never shows one workspace the triggers of another', async () => {
    const other = await seedWorkspace(db, 'other');
    const { id } = await createTrigger(db, ws.marketer, { name: 'Private', definition: def() });
    await expect(getTrigger(db, other.workspace.id, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getVersion(db, other.workspace.id, id, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveVersion(db, other.marketer, { triggerId: id, baseVersion: 1, force: true, definition: def() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listTriggers(db, other.workspace.id)).map((t) => t.id)).not.toContain(id);
  });
});
