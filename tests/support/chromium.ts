/**
 * Which Chromium the browser tests drive. Playwright cannot download its own browser on machines
 * without internet access, so a system Chromium comes first.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to launch: `CHROMIUM_PATH` when set (it must exist), else the system Chromium,
 * else Playwright's own browser when installed; `undefined` when none is found.
 */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const fromEnv = env['CHROMIUM_PATH']?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file exists there.`);
    return fromEnv;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : undefined;
}

/** What to tell a developer whose machine has no usable Chromium. */
export const NO_CHROMIUM_HELP = [
  'No Chromium found for the browser tests, and `npx playwright install chromium` failed.',
  'Install one of:',
  '  - Debian/Ubuntu: apt-get update && apt-get install -y chromium   (used from /usr/bin/chromium)',
  '  - any Chromium or Chrome, then set CHROMIUM_PATH=/path/to/chromium',
  '  - on a machine with internet access: npx playwright install chromium',
].join('\n');
