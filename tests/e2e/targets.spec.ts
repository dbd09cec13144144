/**
 * Every page of the built site at 360×740 (reader review §6; WCAG 2.2, 2.5.8 Target Size):
 *
 * - the site header (the `<header>` outside `<main>`) is at most 100 px high, menu closed;
 * - every interactive element outside running text is at least 24×24 CSS px, with every
 *   `<details>` of the page open (collapsed lists) and the menu's popover shown;
 * - every citation marker's hit area is at least 24 px high, and no paragraph holding markers has
 *   a line taller than the others (its height is a whole number of lines);
 * - citation markers side by side read as one tight cluster, and no marker starts a line
 *   (`clusters.ts`), measured before anything is opened;
 * - the menu opens from the keyboard (focus, Enter, Tab goes into the navigation) and its links are
 *   in view and not covered; also without JavaScript, on one page of each template (the menu is
 *   HTML and CSS only, the same component on every page).
 *
 * Interactive: `a[href]` (HTML or SVG), `button`, `summary`, `input` (not hidden), `select`,
 * `textarea`, and any element with a widget role or `tabindex` ≥ 0; only those shown
 * (`checkVisibility`: a box, not in a closed `<details>` or popover, not `visibility: hidden`).
 * Citation marker: a link inside `<sup>` (a footnote call). Its hit area is probed with
 * `elementFromPoint` 12 px above and 12 px below its centre: both must hit the link.
 * Running text (exempt, WCAG's inline exception): an element that is not a flex or grid item, whose
 * own text has a letter or digit, and whose block container (nearest ancestor not `display: inline`)
 * has letters or digits outside every interactive element: a link inside a sentence. So icon links
 * (« ↩ ») and links alone in their block (navigation, contents, footer, cards, table cells) are
 * measured. A small link is also accepted when another link on the page to the same address meets
 * the size (WCAG's "equivalent" exception: map shapes linking to rows of the map's table).
 *
 * One browser page per chunk of pages, reused from page to page: this is the suite's one walk of
 * every page at phone width (every-page.spec.ts walks them at 320 px with axe and the budgets).
 */
import { expect, test, type Page } from '@playwright/test';
import { allowedScripts } from '../support/dist.ts';
import { clusterCount, looseClusters, orphanMarkers } from './clusters.ts';
import { PAGES } from './pages.ts';

const VIEWPORT = { width: 360, height: 740 };
const MAX_HEADER = 100;
const MIN_TARGET = 24;
const CHUNKS = 3;
/** The site header: the `<header>` outside `<main>`. */
const SITE_HEADER = 'header:not(main header)';

/** The problems of the page loaded in `page` (menu closed), as readable lines. */
async function targetProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ maxHeader, min, siteHeader }) => {
      const problems: string[] = [];
      const INTERACTIVE = [
        'a[href]',
        'button',
        'summary',
        'input:not([type="hidden"])',
        'select',
        'textarea',
        ...['button', 'link', 'tab', 'checkbox', 'radio', 'switch', 'menuitem', 'option'].map((role) => `[role="${role}"]`),
        '[tabindex]:not([tabindex^="-"])',
      ].join(', ');
      const WORD = /[\p{L}\p{N}]/u;
      const describe = (el: Element): string => {
        const rect = el.getBoundingClientRect();
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        const classes = el.getAttribute('class') ? `.${el.getAttribute('class')?.trim().split(/\s+/).join('.')}` : '';
        const href = el.getAttribute('href');
        return `<${el.tagName.toLowerCase()}${classes}${href ? ` href="${href}"` : ''}> «${text}» ${Math.round(rect.width * 10) / 10}×${Math.round(rect.height * 10) / 10}`;
      };
      const shown = (el: Element): boolean => el.checkVisibility({ visibilityProperty: true });

      const header = document.querySelector(siteHeader);
      if (!header) problems.push('no site header (a <header> outside <main>)');
      else if (header.getBoundingClientRect().height > maxHeader)
        problems.push(`site header is ${Math.round(header.getBoundingClientRect().height)} px high (at most ${maxHeader})`);

      // Citation markers, probed where they are, each scrolled to the middle of the screen.
      const markers = [...document.querySelectorAll('sup a[href]')].filter(shown);
      for (const marker of markers) {
        marker.scrollIntoView({ block: 'center', inline: 'center' });
        const rect = marker.getBoundingClientRect();
        const [x, y] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
        const half = min / 2;
        const hits = [y - half, y + half].map((probe) => document.elementFromPoint(x, probe));
        if (!hits.every((hit) => hit !== null && marker.contains(hit)))
          problems.push(`citation marker's hit area is under ${min} px high: ${describe(marker)}`);
      }
      window.scrollTo(0, 0);
      const paragraphs = new Set(markers.map((marker) => marker.closest('p')).filter((p) => p !== null));
      for (const p of paragraphs) {
        const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
        const height = p.getBoundingClientRect().height;
        const lines = height / lineHeight;
        if (Number.isFinite(lineHeight) && Math.abs(lines - Math.round(lines)) * lineHeight > 1)
          problems.push(
            `a line of a paragraph with citation markers is taller than its line height (${height.toFixed(1)} px for ${lineHeight} px lines): «${(p.textContent ?? '').trim().slice(0, 50)}»`,
          );
      }

      // Every other target, with every <details> open and the menu shown.
      for (const details of document.querySelectorAll('details')) details.open = true;
      for (const popover of document.querySelectorAll<HTMLElement>('[popover]')) popover.showPopover();
      const inRunningText = (el: Element): boolean => {
        const parent = el.parentElement;
        if (!parent || /flex|grid/.test(getComputedStyle(parent).display)) return false;
        if (!WORD.test(el.textContent ?? '')) return false;
        let block: Element = parent;
        while (block.parentElement && ['inline', 'contents'].includes(getComputedStyle(block).display)) block = block.parentElement;
        const outside: string[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (!node.parentElement?.closest(INTERACTIVE)) outside.push(node.textContent ?? '');
        return WORD.test(outside.join(''));
      };
      const targets = [...document.querySelectorAll(INTERACTIVE)].filter((el) => shown(el) && !el.closest('sup') && !inRunningText(el));
      const bigEnough = (el: Element): boolean => {
        const rect = el.getBoundingClientRect();
        return rect.width >= min - 0.01 && rect.height >= min - 0.01;
      };
      const passingHrefs = new Set(targets.filter(bigEnough).map((el) => el.getAttribute('href')));
      for (const el of targets) {
        const href = el.getAttribute('href');
        if (!bigEnough(el) && !(href !== null && passingHrefs.has(href))) problems.push(`target under ${min}×${min} px: ${describe(el)}`);
      }
      return problems;
    },
    { maxHeader: MAX_HEADER, min: MIN_TARGET, siteHeader: SITE_HEADER },
  );
}

/**
 * What is wrong with the menu of the page loaded in `page`: its navigation must be hidden at
 * first; the menu button (the header's popover button) is focused and opened with Enter, Tab must
 * then go into the navigation, and every link must be in view and not covered. Closes it again.
 */
async function menuProblem(page: Page): Promise<string> {
  const before = await page.evaluate((selector) => {
    const links = [...(document.querySelector(selector)?.querySelectorAll('nav a[href]') ?? [])];
    const button = document.querySelector<HTMLElement>(`${selector} button[popovertarget]`);
    if (links.length === 0) return 'no navigation with links in the site header';
    if (!button) return 'no menu button (<button popovertarget>) in the site header';
    if (links.some((link) => link.checkVisibility())) return 'the navigation shows before the menu is opened';
    button.focus();
    return '';
  }, SITE_HEADER);
  if (before) return before;
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  return page.evaluate((selector) => {
    const header = document.querySelector(selector);
    const nav = header?.querySelector('nav');
    const links = [...(nav?.querySelectorAll('a[href]') ?? [])];
    const problem = !nav?.contains(document.activeElement)
      ? 'Tab after opening the menu with Enter does not go into the navigation'
      : links
          .filter((link) => {
            const rect = link.getBoundingClientRect();
            const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
            return rect.bottom > innerHeight || rect.right > innerWidth || !hit || !link.contains(hit);
          })
          .map((link) => `menu link out of view or covered: «${link.textContent?.trim()}»`)
          .join('; ');
    for (const popover of header?.querySelectorAll<HTMLElement>(':popover-open') ?? []) popover.hidePopover();
    (document.activeElement as HTMLElement | null)?.blur();
    return problem;
  }, SITE_HEADER);
}

/** One page of each template: every section page, and the first entry page of each section. */
const TEMPLATES = [...new Map(PAGES.map((p) => [p.file.replace(/^((?:en\/)?[^/]+)\/[^/]+\/index\.html$/, '$1/*'), p])).values()];

test('the built site has pages to measure', () => {
  expect(PAGES.length).toBeGreaterThan(10);
});

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  const pages = PAGES.filter((_, index) => index % CHUNKS === chunk);
  test(`pages ${chunk + 1}/${CHUNKS} (${pages.length}) at 360 px: citation clusters tight, no marker alone on its line, the menu opens from the keyboard, header at most ${MAX_HEADER} px, targets at least ${MIN_TARGET}×${MIN_TARGET} px, citation hit areas ${MIN_TARGET} px high`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize(VIEWPORT);
    const found: Record<string, string[]> = {};
    let clusters = 0;
    for (const { file, path } of pages) {
      // Pages with a script are measured once it has done its work (the search page focuses its box).
      await page.goto(path, { waitUntil: allowedScripts(file).length > 0 ? 'networkidle' : 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      clusters += await clusterCount(page);
      const problems = [
        ...(await looseClusters(page)),
        ...(await orphanMarkers(page)),
        await menuProblem(page),
        ...(await targetProblems(page)),
      ].filter(Boolean);
      if (problems.length > 0) found[file] = problems;
    }
    // The cluster check measured something: the site's pages carry clusters.
    expect(clusters).toBeGreaterThan(0);
    expect(found).toEqual({});
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: VIEWPORT });

  test(`one page of each template (${TEMPLATES.length}) at 360 px: the menu opens from the keyboard and shows every section`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const found: Record<string, string> = {};
    for (const { file, path } of TEMPLATES) {
      await page.goto(path);
      const problem = await menuProblem(page);
      if (problem) found[file] = problem;
    }
    expect(TEMPLATES.length).toBeGreaterThan(15);
    expect(found).toEqual({});
  });
});
