// Child process for the durability test: saves versions in a loop on an embedded database and
// prints "acked <triggerId> <version>" after each save commits.
import { newDefinition } from '../../lib/core/trigger/new-definition.ts';
import { openDb } from '../../lib/data/db.ts';
import { createTrigger, saveVersion } from '../../lib/data/triggers.ts';
import { seedWorkspace } from './databases.ts';

const { db } = await openDb({ dataDir: process.argv[2] });
const ws = await seedWorkspace(db, 'loop');
const def = newDefinition('cart_abandonment', 'warehouse_events');
const { id } = await createTrigger(db, ws.marketer, { name: 'Durable', definition: def });
process.stdout.write(`ready ${ws.workspace.id}\n`);
for (let v = 1; ; v++) {
  await saveVersion(db, ws.marketer, { triggerId: id, baseVersion: v, force: false, definition: { ...def, condition: `event = "v${v + 1}"` } });
  process.stdout.write(`acked ${id} ${v + 1}\n`);
}
