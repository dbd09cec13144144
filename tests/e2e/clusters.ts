import type { Page } from '@playwright/test';

/**
 * The clusters of citation markers of the page loaded in `page` whose markers stand apart, as
 * readable lines. Two markers side by side (`<sup class="cite">` followed by another, nothing
 * between them) read as one tight cluster, `[7][25]`, in running text as in a table cell, a
 * definition or a list. In running text the gap between the end of one number's text and the
 * start of the next is at most the two markers' own padding (0.1em each side), plus a pixel of
 * rounding. Outside running text (a table cell, a definition, a roster row) each marker is a 24 px
 * target (WCAG 2.5.8), so there the two targets' boxes must touch. A space between two markers
 * fails either way. Measures the markers shown on the page as it is (closed `<details>` skipped).
 */
export async function looseClusters(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    /** Outside running text, where a marker is a 24 px target (src/styles/global.css). */
    const standsAlone = (sup: Element): boolean => sup.closest('td, th, dd, .roster li') !== null;
    /** The box of the text (the number) inside a marker's link, without the link's padding; or the
     * target's own box where the marker stands alone. */
    const textBox = (sup: Element): DOMRect => {
      const link = sup.querySelector('a') ?? sup;
      if (standsAlone(sup)) return link.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(link);
      return range.getBoundingClientRect();
    };
    for (const first of document.querySelectorAll('sup.cite')) {
      const second = first.nextSibling;
      if (!(second instanceof Element) || !second.matches('sup.cite') || !first.checkVisibility()) continue;
      const [a, b] = [textBox(first), textBox(second)];
      // A cluster broken across two lines has no gap to measure.
      if (Math.abs(a.top - b.top) > a.height / 2) continue;
      const fontSize = parseFloat(getComputedStyle(first.querySelector('a') ?? first).fontSize);
      const gap = b.left - a.right;
      const allowed = standsAlone(first) ? 1 : 0.2 * fontSize + 1;
      if (gap > allowed)
        problems.push(
          `citation markers ${first.textContent?.trim()} ${second.textContent?.trim()} stand ${gap.toFixed(1)} px apart (at most ${allowed.toFixed(1)})`,
        );
    }
    return problems;
  });
}

/**
 * The citation markers of the page loaded in `page` that start a line, away from the text before
 * them, as readable lines: each must stay on the line of the word (or marker) before it.
 */
export async function orphanMarkers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const orphans: string[] = [];
    for (const sup of document.querySelectorAll('sup.cite')) {
      if (!sup.checkVisibility()) continue;
      // The last visible character before the marker, in its block.
      const block = sup.parentElement?.closest('p, li, td, th, dd, dt, figcaption, blockquote, h1, h2, h3, div');
      if (!block) continue;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let last: Text | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (sup.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        if (sup.contains(node) || (node.textContent ?? '').trim() === '') continue;
        last = node as Text;
      }
      if (!last) continue;
      const end = (last.textContent ?? '').trimEnd().length;
      const range = document.createRange();
      range.setStart(last, end - 1);
      range.setEnd(last, end);
      const before = range.getBoundingClientRect();
      const marker = (sup.querySelector('a') ?? sup).getBoundingClientRect();
      // On one line, the raised marker's box overlaps the character's.
      if (before.height > 0 && (marker.top >= before.bottom || marker.bottom <= before.top))
        orphans.push(`citation marker alone on its line: ${(last.textContent ?? '').trim().slice(-30)} ${sup.textContent?.trim()}`);
    }
    return orphans;
  });
}

/** How many clusters (a marker right after another) the page loaded in `page` has. */
export const clusterCount = (page: Page): Promise<number> => page.locator('sup.cite + sup.cite').count();
