import { expect, test } from '@playwright/test';
import { BASE } from './pages.ts';

const PAGES = [BASE, `${BASE}en/`, `${BASE}qui-est-qui/`, `${BASE}en/countries/`, `${BASE}carte/`, `${BASE}en/timeline/`];

for (const path of PAGES) {
  test(`${path}: the keyboard alone reaches every link, each with a visible focus ring`, async ({ page }) => {
    // One key press and one look per link: the timeline has hundreds.
    test.setTimeout(90_000);
    await page.goto(path);
    // Number every visible link, then tab through the page and tick off each one focused.
    const links = await page
      .locator('a[href]')
      .evaluateAll((nodes) =>
        nodes.filter((n) => (n as HTMLElement).offsetParent !== null).map((n, i) => (n.setAttribute('data-kbd', String(i)), i)),
      );
    const reached = new Set<string>();
    for (let i = 0; i < links.length + 3; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          index: el.getAttribute('data-kbd'),
          html: el.outerHTML.slice(0, 120),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focused) continue;
      expect(focused.ring, `visible focus ring on ${focused.html}`).toBe(true);
      if (focused.index !== null) reached.add(focused.index);
    }
    expect([...reached].length).toBe(links.length);
  });
}
