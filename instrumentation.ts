/**
 * Runs once when the server starts: opens (and migrates) the database right away, so a second
 * server on the same embedded folder stops at start with a clear message instead of serving
 * error pages, and a broken DATABASE_URL is reported before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDb } = await import('./lib/data/db');
  try {
    await getDb();
  } catch (err) {
    console.error(`\nTrigger Studio cannot start: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
