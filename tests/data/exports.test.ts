import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle, serializeBundle, toBundle } from '../../lib/core/bundle/bundle.ts';
import { buildJourneysExport } from '../../lib/core/export/journeys-export.ts';
import { newDefinition } from '../../lib/core/trigger/new-definition.ts';
import type { Db } from '../../lib/data/db.ts';
import { importBundle, loadExportInput, recordExport } from '../../lib/data/exports.ts';
import { createTrigger, getVersion } from '../../lib/data/triggers.ts';
import { seedWorkspace, TEST_DATABASES } from '../helpers/databases.ts';

describe.each(TEST_DATABASES)('export and bundles on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  beforeAll(async () => {
    ({ db, close } = await open());
    ws = await seedWorkspace(db, 'exp');
  });
  afterAll(async () => close?.());

  it('exports the body byte for byte and never a secret', async () => {
    const def = newDefinition('cart_abandonment', 'meta_custom_audience');
    const { id } = await createTrigger(db, ws.marketer, { name: 'Export me', definition: def });
    const journeys = buildJourneysExport(await loadExportInput(db, ws.workspace.id, id, 1));
    expect(journeys.body).toBe(def.template);
    expect(journeys.isFinal).toBe(false);
    const auth = journeys.headers.find((h) => h.name === 'Authorization');
    expect(auth?.secret).toBe(true);
    expect(auth?.value).not.toContain('{access_token}');
  });

  it('refuses to record a final export of an unapproved version', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Draft', definition: newDefinition('vip_tier_entered', 'analytics_track') });
    await expect(recordExport(db, ws.marketer, id, 1, 'copy_all')).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(recordExport(db, ws.marketer, id, 1, 'bundle')).resolves.toMatch(/^[0-9a-f]{64}$/);
  });

  it('round-trips a version through a bundle into another workspace with the same content hash', async () => {
    const def = { ...newDefinition('winback_90d', 'google_customer_match'), dialect: 'legacy' as const, triggerKind: 'person' as const };
    const { id } = await createTrigger(db, ws.marketer, { name: 'Winback', definition: def });
    const original = await getVersion(db, ws.workspace.id, id, 1);
    const text = serializeBundle(toBundle(await loadExportInput(db, ws.workspace.id, id, 1)));
    const parsed = parseBundle(text);
    if (!('bundle' in parsed)) throw new Error(JSON.stringify(parsed.diagnostics));
    const elsewhere = await seedWorkspace(db, 'elsewhere');
    const { id: importedId } = await importBundle(db, elsewhere.marketer, parsed.bundle);
    const imported = await getVersion(db, elsewhere.workspace.id, importedId, 1);
    expect(imported.contentHash).toBe(original.contentHash);
    expect({ ...imported, id: '', triggerId: '', authorId: '', authorEmail: '', createdAt: '' }).toEqual({ ...original, id: '', triggerId: '', authorId: '', authorEmail: '', createdAt: '' });
  });

  it('rejects a bundle edited after export', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Tamper', definition: newDefinition('replenishment', 'webhook') });
    const bundle = toBundle(await loadExportInput(db, ws.workspace.id, id, 1));
    const tampered = serializeBundle({ ...bundle, version: { ...bundle.version, condition: 'event = "x"' } });
    const parsed = parseBundle(tampered);
    expect('diagnostics' in parsed && parsed.diagnostics[0].code).toBe('bundle/content-hash-mismatch');
  });
});
