/**
 * The furniture around every article, in both languages: the format label, the desk's byline and
 * the dates, a share control by the byline and one at the end with targets a finger can hit,
 * delegation lists whose every name leads to a built page, the CSS reading-progress bar, and
 * what the article prints.
 */
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { isArticlePage } from '../support/dist.ts';
import { BASE, PAGES } from './pages.ts';

const ARTICLES = PAGES.filter((p) => isArticlePage(p.file));
const stringsOf = (file: string) => (file.startsWith('en/') ? en : fr);

/** The smallest target a finger can hit, in CSS pixels (WCAG 2.5.5). */
const MIN_TARGET = 44;

/** The article's published and modified dates, as its structured data gives them. */
async function articleDates(page: Page): Promise<{ published: string; modified: string }> {
  const json = await page.locator('script[type="application/ld+json"]').first().textContent();
  const graph = [JSON.parse(json ?? '{}')].flat().flatMap((node: { '@graph'?: unknown[] }) => node['@graph'] ?? [node]);
  const article = graph.find((node) => (node as { '@type'?: string })['@type'] === 'NewsArticle') as {
    datePublished: string;
    dateModified: string;
  };
  return { published: article.datePublished, modified: article.dateModified };
}

test('every article is checked, in both languages', () => {
  expect(ARTICLES.filter((p) => p.file.startsWith('en/')).length).toBeGreaterThanOrEqual(5);
  expect(ARTICLES.filter((p) => !p.file.startsWith('en/')).length).toBeGreaterThanOrEqual(5);
});

test('the share icons come from one sprite the site serves', async ({ page }) => {
  const sprite = await page.request.get(`${BASE}share-icons.svg`);
  expect(sprite.status()).toBe(200);
  expect(sprite.headers()['content-type']).toContain('image/svg+xml');
  expect(await sprite.text()).toContain('<symbol id="whatsapp"');
});

for (const { file, path } of ARTICLES) {
  test(`${file}: label, byline, dates, and a share control by the byline and at the end with 44 px targets`, async ({ page }) => {
    const t = stringsOf(file);
    await page.goto(path);
    const header = page.locator('.article-header');
    await expect(header.locator('.format')).toHaveText(t.articleFormat);

    const byline = header.locator('.byline');
    await expect(byline).toContainText(t.byline.by);
    const desk = byline.getByRole('link', { name: t.byline.desk });
    expect((await page.request.get((await desk.getAttribute('href')) ?? '')).status(), 'the byline leads to the method page').toBe(200);

    const dates = header.locator('.dates');
    const { published, modified } = await articleDates(page);
    await expect(dates).toContainText(t.published);
    await expect(dates).toContainText(t.factsAsOf);
    await expect(dates.locator(`time[datetime="${published}"]`).first()).toBeAttached();
    if (modified !== published) {
      await expect(dates).toContainText(t.updated);
      await expect(dates.locator(`time[datetime="${modified}"]`)).toHaveCount(1);
    } else {
      await expect(dates).not.toContainText(t.updated);
    }
    await expect(dates.locator('time')).toHaveCount(modified === published ? 2 : 3);
    await expect(page.locator('main').getByRole('link', { name: t.languageSwitchLabel }), 'one language switch, the header’s').toHaveCount(
      0,
    );

    const share = page.getByRole('group', { name: t.share.label });
    await expect(share).toHaveCount(2);
    await expect(header.getByRole('group', { name: t.share.label })).toBeVisible();
    const end = page.locator('article > .share-end');
    await expect(end).toBeVisible();
    const bodyBottom = (await page.locator('article > .body').boundingBox())!;
    const endBox = (await end.boundingBox())!;
    expect(endBox.y, 'the end control follows the text').toBeGreaterThanOrEqual(bodyBottom.y + bodyBottom.height);
    const next = (await end.locator('xpath=following-sibling::*[1]').boundingBox())!;
    expect(next.y - (endBox.y + endBox.height), 'no dead space after the end control').toBeLessThan(100);

    for (const group of await share.all()) {
      const targets = group.locator('a, button');
      await expect(targets).toHaveCount(7); // the share/copy button (with JavaScript) and six links
      for (const target of await targets.all()) {
        await expect(target).toBeVisible();
        const box = (await target.boundingBox())!;
        const name = await target.evaluate((element) => element.textContent?.trim());
        expect(box.width, `${name}: width`).toBeGreaterThanOrEqual(MIN_TARGET);
        expect(box.height, `${name}: height`).toBeGreaterThanOrEqual(MIN_TARGET);
      }
    }
  });
}

test('every state and person named in a delegation list leads to a built page', async ({ page }) => {
  const hrefs = new Set<string>();
  const rosters = [];
  for (const { path } of ARTICLES) {
    await page.goto(path);
    const links = page.locator('.country-list > tbody').locator('a').and(page.locator(':not(sup.cite a):not(.entry-notes a)'));
    if ((await links.count()) === 0) continue;
    rosters.push(path);
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))) hrefs.add(href);
  }
  expect(rosters.length, 'the who-came article, in both languages').toBeGreaterThanOrEqual(2);
  expect(hrefs.size).toBeGreaterThan(30);
  for (const href of hrefs) {
    expect(href).toMatch(new RegExp(`^${BASE}(en/)?(pays|countries|qui-est-qui|whos-who)/[^/]+/$`));
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
});

test('the long delegation list opens from its summary', async ({ page }) => {
  await page.goto(`${BASE}articles/qui-etait-la/`);
  const fold = page.locator('details:has(> .country-list)').first();
  await expect(fold.locator('.country-list')).toBeHidden();
  await fold.locator('summary').click();
  await expect(fold.locator('.country-list > tbody').first()).toBeVisible();
});

test('the reading-progress bar fills as the reader scrolls, where the browser has scroll-driven animations', async ({ page }) => {
  await page.goto(`${BASE}en/articles/who-came/`);
  const supported = await page.evaluate(() => CSS.supports('animation-timeline: scroll()'));
  const bar = page.locator('.reading-progress');
  if (!supported) {
    await expect(bar).toBeHidden();
    return;
  }
  const scale = () => bar.evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).a);
  await expect(bar).toBeAttached();
  expect(await scale()).toBeCloseTo(0, 2);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(scale).toBeCloseTo(1, 2);
  expect((await bar.boundingBox())?.y).toBe(0);
});

test('the bar is drawn only inside @supports (animation-timeline: scroll()), and is absent otherwise', async ({ page }) => {
  await page.goto(`${BASE}articles/essentiel/`);
  // What a browser without scroll-driven animations applies: the rules outside that @supports.
  const displays = await page.evaluate(() => {
    const found: { guarded: boolean; display: string }[] = [];
    const walk = (rules: CSSRuleList, guarded: boolean): void => {
      for (const rule of rules) {
        if (rule instanceof CSSSupportsRule) walk(rule.cssRules, guarded || rule.conditionText.includes('animation-timeline'));
        else if (rule instanceof CSSMediaRule) continue;
        else if (rule instanceof CSSStyleRule && /\.reading-progress\b/.test(rule.selectorText) && rule.style.display)
          found.push({ guarded, display: rule.style.display });
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
    return found;
  });
  expect(displays.filter((rule) => !rule.guarded).map((rule) => rule.display)).toEqual(['none']);
  expect(displays.filter((rule) => rule.guarded).map((rule) => rule.display)).toEqual(['block']);
});

test('printed, an article gives its address and no language link, and the folded list in full', async ({ page }) => {
  await page.goto(`${BASE}articles/qui-etait-la/`);
  await page.emulateMedia({ media: 'print' });
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(page.locator('.printed-url')).toBeVisible();
  await expect(page.locator('.printed-url')).toContainText(canonical ?? 'no canonical');
  await expect(page.locator('.language-switch')).toBeHidden();
  await expect(page.locator('.reading-progress')).toBeHidden();
  await expect(page.locator('details .country-list > tbody').first()).toBeVisible();
});
