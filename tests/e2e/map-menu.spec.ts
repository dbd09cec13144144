/**
 * On a phone (360×740): the map page's key stays short, so the map starts on the first screen, with
 * the level swatches shown and the other symbols one tap away; the insets are named in full under
 * their panels, their shapes and frames whole; Crimea's label is its name on one line. The menu opens from its button, Esc or a tap outside closes it and gives focus back,
 * with and without JavaScript; on a wide screen the navigation shows in full, without the button.
 */
import { expect, test, type Page } from '@playwright/test';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { pageUrl } from '../../src/lib/paths.ts';
import { articleUrl, sectionUrl } from '../../src/lib/routes.ts';
import { BASE } from './pages.ts';

const PHONE = { width: 360, height: 740 };

for (const lang of LANGS) {
  const t = uiStrings(lang);

  test.describe(`${lang} map at 360×740`, () => {
    test.use({ viewport: PHONE });

    test('the map starts on the first screen, under the level swatches; the other symbols unfold', async ({ page }) => {
      await page.goto(sectionUrl(BASE, lang, 'map'));
      const map = page.locator('main .map-box svg');
      const top = (await map.boundingBox())?.y ?? Infinity;
      expect(top, 'top of the map').toBeLessThan(PHONE.height - 120);
      const legend = page.locator('main .map-legend');
      for (const level of await legend.locator('> div li').all()) await expect(level).toBeInViewport({ ratio: 1 });
      const paris = legend.getByText(t.mapParis, { exact: true });
      await expect(paris).toBeHidden();
      await legend.getByText(t.mapAllSymbols, { exact: true }).click();
      await expect(paris).toBeVisible();
    });

    test('each inset is named in full, in legible type, under its panel', async ({ page }) => {
      await page.goto(sectionUrl(BASE, lang, 'map'));
      const names = page.locator('main .inset-names span');
      expect(await names.count()).toBeGreaterThan(0);
      for (const name of await names.all()) {
        await expect(name).toBeVisible();
        expect(await name.textContent()).not.toContain('.');
        const size = await name.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
        expect(size).toBeGreaterThanOrEqual(11);
        const overflows = await name.evaluate((node) => node.scrollWidth > node.clientWidth);
        expect(overflows, (await name.textContent()) ?? '').toBe(false);
      }
      await expect(page.locator('main .inset-label').first()).toBeHidden();
    });

    test('each inset shape sits inside its frame, drawn at least a pixel wide', async ({ page }) => {
      await page.goto(sectionUrl(BASE, lang, 'map'));
      const svg = page.locator('main .map-box svg');
      const frames = await svg
        .locator('rect.frame')
        .evaluateAll((rects) =>
          rects.map((rect) => ({ box: rect.getBoundingClientRect().toJSON() as DOMRect, stroke: getComputedStyle(rect).strokeWidth })),
        );
      const scale = ((await svg.boundingBox())?.width ?? 0) / Number((await svg.getAttribute('viewBox'))?.split(' ')[2]);
      for (const { stroke } of frames) expect(parseFloat(stroke) * scale).toBeGreaterThanOrEqual(1);
      const shapes = svg.locator('a path.inset');
      expect(await shapes.count()).toBe(frames.length - 1);
      for (const shape of await shapes.all()) {
        const box = await shape.boundingBox();
        const inside = frames
          .slice(1)
          .some(
            ({ box: frame }) =>
              !!box &&
              box.x > frame.left &&
              box.x + box.width < frame.right &&
              box.y > frame.top + 2 &&
              box.y + box.height < frame.bottom - 2,
          );
        expect(inside, (await shape.locator('..').getAttribute('href')) ?? '').toBe(true);
      }
    });

    test('Crimea is named on one short line, inside the map; the key says it is annexed', async ({ page }) => {
      await page.goto(sectionUrl(BASE, lang, 'map'));
      const svg = await page.locator('main .map-box svg').boundingBox();
      await expect(page.locator('main .annexed-label')).toBeHidden();
      const label = page.locator('main .annexed-short');
      await expect(label).toHaveText(t.mapAnnexedShort);
      const box = await label.boundingBox();
      expect(box?.height ?? Infinity).toBeLessThan(16);
      expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual((svg?.x ?? 0) + (svg?.width ?? 0));
      await expect(page.locator('main .map-legend').getByText(t.mapAnnexedLines.join(' '))).toHaveCount(1);
    });
  });
}

const fr = uiStrings('fr');
/** An article: its menu marks "Articles" (the home link) as the current page. */
const ARTICLE = articleUrl(BASE, 'fr', 'essentiel');
const nav = (page: Page) => page.locator('header:not(main header) nav');
const button = (page: Page) => page.locator('header:not(main header) .menu-button');
/** The menu button's icon: the width of its top and bottom bars, and how many strokes its background draws. */
const icon = (page: Page) =>
  button(page).evaluate((element) => {
    const style = getComputedStyle(element, '::before');
    return { bars: style.borderTopWidth, strokes: style.backgroundImage.split('linear-gradient(').length - 1 };
  });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the menu at 360×740, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    test('opens from its button; Esc closes it and gives the focus back to the button', async ({ page }) => {
      await page.goto(pageUrl(BASE, 'fr'));
      await expect(nav(page)).toBeHidden();
      await button(page).focus();
      await page.keyboard.press('Enter');
      await expect(nav(page)).toBeVisible();
      // The open menu's button says it closes it, and shows a cross (two diagonal strokes) instead of three bars.
      await expect(button(page)).toHaveAccessibleName(fr.menuClose);
      expect(await icon(page)).toEqual({ bars: '0px', strokes: 2 });
      await page.keyboard.press('Tab');
      await expect(nav(page).locator('a').first()).toBeFocused();
      // The open menu sits under the header, across the screen, every link in view.
      const header = await page.locator('header:not(main header)').boundingBox();
      const box = await nav(page).boundingBox();
      expect(box?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0) - 1);
      expect(box?.width).toBe(PHONE.width);
      for (const link of await nav(page).locator('a').all()) await expect(link).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('Escape');
      await expect(nav(page)).toBeHidden();
      await expect(button(page)).toBeFocused();
      await expect(button(page)).toHaveAccessibleName(fr.menuButton);
      expect(await icon(page)).toEqual({ bars: '2px', strokes: 1 });
    });

    test('marks the articles link as the current page on an article, and no link on the home page', async ({ page }) => {
      await page.goto(ARTICLE);
      await button(page).click();
      await expect(nav(page).locator('a[aria-current="page"]')).toHaveAttribute('href', pageUrl(BASE, 'fr'));
      for (const lang of LANGS) {
        await page.goto(pageUrl(BASE, lang));
        await button(page).click();
        await expect(nav(page)).toBeVisible();
        await expect(nav(page).locator('a[aria-current]')).toHaveCount(0);
      }
    });

    test('a tap outside closes it', async ({ page }) => {
      await page.goto(sectionUrl(BASE, 'en', 'map'));
      await button(page).click();
      await expect(nav(page)).toBeVisible();
      await page.mouse.click(PHONE.width / 2, PHONE.height - 20);
      await expect(nav(page)).toBeHidden();
    });
  });
}

test.describe('the menu at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the navigation shows in full, without a menu button', async ({ page }) => {
    await page.goto(pageUrl(BASE, 'en'));
    await expect(button(page)).toBeHidden();
    for (const link of await nav(page).locator('a').all()) await expect(link).toBeInViewport({ ratio: 1 });
  });
});
