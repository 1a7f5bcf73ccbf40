import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../lib/data/db.ts';
import { createTrigger, getVersion, saveVersion } from '../../lib/data/triggers.ts';
import { decideVersion } from '../../lib/services/decide-version.ts';
import { submitVersion } from '../../lib/services/submit-version.ts';
import { seedWorkspace, TEST_DATABASES } from '../helpers/databases.ts';
import { definition, triggerInReview } from './review-fixtures.ts';

/** What the editor marks as an error blocks the workflow on the server too. */
describe.each(TEST_DATABASES)('versions with errors on $name', ({ open }) => {
  let db: Db;
  let close: () => Promise<void>;
  let ws: Awaited<ReturnType<typeof seedWorkspace>>;
  beforeAll(async () => {
    ({ db, close } = await open());
    ws = await seedWorkspace(db, 'blocking');
  });
  afterAll(async () => close?.());

  it('refuses to submit a version whose payload is not valid JSON for a sample', async () => {
    const broken = { ...definition(), template: '{"name": "{{ customer.first_name }}"}' };
    const { id } = await createTrigger(db, ws.marketer, { name: 'Broken', definition: broken });
    await expect(submitVersion(db, ws.marketer, { triggerId: id, version: 1 })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringMatching(/Version 1 has \d+ errors? and cannot be submitted/),
    });
    expect((await getVersion(db, ws.workspace.id, id, 1)).status).toBe('draft');
  });

  it('lets a clean version through and still approves it', async () => {
    const id = await triggerInReview(db, ws.marketer, 'Clean');
    const approved = await decideVersion(db, ws.reviewer, { triggerId: id, version: 1, decision: 'approve', comment: '' });
    expect(approved.status).toBe('approved');
  });

  it('lets a reviewer request changes on a version even when it has errors', async () => {
    const { id } = await createTrigger(db, ws.marketer, { name: 'Later broken', definition: definition() });
    const v2 = await saveVersion(db, ws.marketer, { triggerId: id, baseVersion: 1, force: false, definition: { ...definition(), condition: 'type == "track"' } });
    await expect(submitVersion(db, ws.marketer, { triggerId: id, version: v2.version })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});
