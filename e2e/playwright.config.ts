import { defineConfig } from '@playwright/test';

/**
 * Browser tests in Debian's Chromium against the built app, once on the embedded database and
 * once on a real PostgreSQL server. `npm run test:e2e` builds first.
 */
const PORTS = { embedded: 3210, postgres: 3211 } as const;

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  outputDir: '../test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
        // Tests drive several tabs and contexts at once: keep background ones running at full speed.
        '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding'],
    },
  },
  projects: Object.entries(PORTS).map(([name, port]) => ({ name, use: { baseURL: `http://127.0.0.1:${port}` } })),
  webServer: Object.entries(PORTS).map(([name, port]) => ({
    command: `node e2e/start-server.mjs ${name} ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
