import { chromium, defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/browser';
import { SEEDED_PORT, SYNTHETIC_EVENTS, SYNTHETIC_PORT } from './e2e/servers';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${SEEDED_PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } }],
  // `npm run test:e2e` builds once before these start; the servers only serve that build.
  // Stopped with SIGTERM, so that each server removes its temporary database (a SIGKILL would leave it behind).
  webServer: [
    {
      command: `npx tsx scripts/e2e-server.ts --port ${SEEDED_PORT}`,
      // This server also prints snapshots to PDF itself, with the Chromium the tests drive.
      env: { PDF_CHROMIUM: chromiumLaunchOptions().executablePath ?? chromium.executablePath() },
      url: `http://127.0.0.1:${SEEDED_PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    },
    {
      command: `npx tsx scripts/e2e-server.ts --port ${SYNTHETIC_PORT} --synthetic ${SYNTHETIC_EVENTS}`,
      url: `http://127.0.0.1:${SYNTHETIC_PORT}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    },
  ],
});
