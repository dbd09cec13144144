import { defineConfig } from '@playwright/test';
import { siteBase } from './src/lib/deploy-env.ts';
import { findChromium } from './tests/support/chromium.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 3,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.cache/playwright-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: executablePath ? { executablePath } : {},
  },
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${siteBase(process.env)}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
