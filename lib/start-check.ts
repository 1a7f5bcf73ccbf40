import { getDb } from './data/db.ts';

/**
 * Opens (and migrates) the database as the server starts, so a second server on the same
 * embedded folder stops at once with a clear message instead of serving error pages, and a broken
 * DATABASE_URL is reported before the first request.
 */
try {
  await getDb();
} catch (err) {
  console.error(`\nTrigger Studio cannot start: ${(err as Error).message}\n`);
  process.exit(1);
}
