/** Runs once when the server starts; the check itself is Node-only (lib/start-check.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/start-check');
}
