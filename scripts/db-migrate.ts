// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database
// (refused while the app holds it). The app also does this on start.
import { openDb } from '../lib/data/db.ts';

try {
  const { close } = await openDb();
  await close();
  console.log(`migrations applied to ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'the embedded database'}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
