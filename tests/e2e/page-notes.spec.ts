/**
 * Timeline entry notes and the "record stops here" note (issue 15, fresh review): notes read like
 * the articles' callouts (reading size, label in the UI font); the note closing our record stays on
 * its entry on the timeline page and comes once, after the list, on a person page.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { LANGS } from '../../src/lib/content/schema.ts';
import { eventsBetween } from '../../src/lib/timeline.ts';
import { personUrl, sectionUrl } from '../../src/lib/routes.ts';
import { readContent } from '../support/read-content.ts';
import { validateContent } from '../support/validate-content.ts';
import { BASE } from './pages.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const latest = eventsBetween(content.timeline.map((entry) => entry.data)).at(-1)!;
const recordEnd = latest.notes.find((note) => note.kind === 'unknown')!;
/** A person the latest entry names: their page's list reaches it. */
const person = latest.people[0]!;

for (const lang of LANGS) {
  /** The first two words of the closing note: the page typesets the rest (curly apostrophes). */
  const opening = recordEnd.text[lang].split(/\s/u).slice(0, 2).join(' ');

  test(`${lang} timeline: the closing note stays on the latest entry; notes are boxed, at reading size`, async ({ page }) => {
    await page.goto(sectionUrl(BASE, lang, 'timeline'));
    const entry = page.locator('.timeline > li').last();
    await expect(entry.locator('.entry-notes li')).toContainText(opening);
    const note = page.locator('.timeline .entry-notes li').first();
    const style = await note.evaluate((element) => {
      const label = element.querySelector('strong')!;
      return {
        size: parseFloat(getComputedStyle(element).fontSize),
        border: parseFloat(getComputedStyle(element).borderInlineStartWidth),
        labelFont: getComputedStyle(label).fontFamily,
        bodyFont: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(style.size).toBeGreaterThanOrEqual(15);
    expect(style.border).toBeGreaterThan(0);
    expect(style.labelFont).not.toBe(style.bodyFont);
  });

  test(`${lang} person page: the closing note comes once, after the list, not inside an entry`, async ({ page }) => {
    await page.goto(personUrl(BASE, lang, person));
    const after = page.locator('section.after');
    await expect(after.locator('.timeline > li').last()).not.toContainText(opening);
    const closing = after.locator('.timeline + .entry-notes li');
    await expect(closing).toHaveCount(1);
    await expect(closing).toContainText(opening);
    await expect(after.getByText(opening)).toHaveCount(1);
  });
}
