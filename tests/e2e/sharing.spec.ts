/**
 * The share control and the security policy in a real browser: the plain links work without
 * JavaScript; the button copies the link or opens the system share sheet; and with the headers
 * of dist/_headers applied to every response, search and sharing still work with no policy
 * violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { DIST } from '../support/dist.ts';
import { parseHeadersFile } from '../support/headers-file.ts';
import { BASE } from './pages.ts';

const ARTICLE = `${BASE}articles/essentiel/`;

/** The page's canonical URL: what the share control shares (the public address, not the test server's). */
const canonical = (page: Page): Promise<string | null> => page.locator('link[rel="canonical"]').getAttribute('href');

/** Serves every response with the headers the site ships in dist/_headers, and records CSP violations. */
async function withSiteHeaders(page: Page): Promise<string[]> {
  const headers = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  expect(headers['Content-Security-Policy']).toContain("script-src 'self'");
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return violations;
}

// Requests still being served when a test ends (the search loads result fragments after the first is
// shown) finish before the page closes, instead of failing against a closed page.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'wait' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the article offers plain share links carrying its address, by the byline and at the end, and no dead button', async ({ page }) => {
    await page.goto(ARTICLE);
    const groups = page.getByRole('group', { name: fr.share.label });
    await expect(groups).toHaveCount(2);
    for (const group of await groups.all()) {
      await expect(group.getByRole('button')).toBeHidden();
      const email = await group.getByRole('link', { name: fr.share.email }).getAttribute('href');
      expect(email).toContain(encodeURIComponent((await canonical(page)) ?? 'no canonical'));
      expect(await group.getByRole('link').count()).toBe(6);
    }
  });
});

test('the share button copies the article link where there is no share sheet, under the site headers', async ({ page, context }) => {
  const violations = await withSiteHeaders(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto(`${BASE}en/articles/at-a-glance/`);
  // Each control's button, by the byline and at the end, copies and says so in its own control.
  for (const group of await page.getByRole('group', { name: en.share.label }).all()) {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await group.getByRole('button', { name: en.share.copy }).click();
    await expect(group.getByRole('status').filter({ hasText: en.share.copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical(page));
  }
  expect(violations).toEqual([]);
});

test('the share button opens the share sheet with the title and link where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    Object.assign(window, { shareCalls: calls });
    Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void calls.push(data) });
  });
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: fr.share.native }).first().click();
  const calls = await page.evaluate(() => (window as unknown as { shareCalls: { title: string; url: string }[] }).shareCalls);
  expect(calls).toEqual([{ title: await page.locator('h1').textContent(), url: await canonical(page) }]);
});

test('search works under the site headers, with no policy violation', async ({ page }) => {
  const violations = await withSiteHeaders(page);
  await page.goto(`${BASE}recherche/`);
  await page.getByLabel(fr.searchLabel).fill('Élysée');
  await expect(page.locator('#search-results a').first()).toBeVisible();
  expect(violations).toEqual([]);
});
