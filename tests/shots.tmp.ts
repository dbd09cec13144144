import { chromium } from '@playwright/test';
const [path, name, ...rest] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, scheme] of [[360, 'light'], [1280, 'dark']] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  await page.goto(`http://localhost:8765${path}`);
  if (rest[0]) await page.locator(rest[0]).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/${name}-${w}-${scheme}.png`, fullPage: false });
  await page.close();
}
await browser.close();
