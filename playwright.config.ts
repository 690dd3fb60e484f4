import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/browser-path';

const executablePath = findChromium() ?? undefined;
const browser = { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs() } };

// Two static servers: the production build, and the test build (vite --mode e2e),
// which differs only by test hooks such as provoking a worker failure.
// E2E_PORT moves both (several checkouts on one machine can test at once).
const PROD_PORT = Number(process.env.E2E_PORT ?? 4173);
const TEST_HOOKS_PORT = PROD_PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: /\.hooks\.spec\.ts$/,
      use: { ...browser, baseURL: `http://localhost:${PROD_PORT}` },
    },
    {
      name: 'chromium-test-hooks',
      testMatch: /\.hooks\.spec\.ts$/,
      use: { ...browser, baseURL: `http://localhost:${TEST_HOOKS_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${PROD_PORT} --strictPort`,
      url: `http://localhost:${PROD_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-e2e --port ${TEST_HOOKS_PORT} --strictPort`,
      url: `http://localhost:${TEST_HOOKS_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
