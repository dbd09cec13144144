/**
 * The method page as a build without publisher settings serves it (the tests' builds): the
 * conventions as definition lists, no contact or legal-notice section and no placeholder, the
 * corrections section saying how corrections are kept, with no report line; the corrections log,
 * read from the articles' frontmatter, and its links to and from the articles' Corrections blocks;
 * and the data page's field tables documenting the notes columns that the files hold.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS, type Lang } from '../../src/lib/content/schema.ts';
import { CORRECTIONS_ID, correctionsLog } from '../../src/lib/corrections-log.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { dataFileUrl } from '../../src/lib/open-data.ts';
import { articleUrl, sectionUrl } from '../../src/lib/routes.ts';
import { loadContentFiles } from '../support/loaded-content.ts';
import { BASE } from './pages.ts';

const { articles } = loadContentFiles(fileURLToPath(new URL('../../', import.meta.url))).collections;

for (const lang of LANGS as readonly Lang[]) {
  const t = uiStrings(lang);
  const sectionId = (topic: string) => t.aboutSections.find((section) => section.topic === topic)!.id;

  test(`${lang} method page: conventions as definition lists; without publisher settings, no legal notice and no placeholder`, async ({
    page,
  }) => {
    await page.goto(sectionUrl(BASE, lang, 'about'));
    const conventions = page.locator(`section:has(> #${sectionId('conventions')})`);
    await expect(conventions.locator('h3')).toHaveText(Object.values(t.aboutConventionGroups));
    // The note labels in the site's order (disputed, unknown, our reading, correction, background), each beside its meaning.
    const notes = conventions.locator('dl').first();
    await expect(notes.locator('dt')).toHaveText([
      t.noteKind.disputed,
      t.noteKind.unknown,
      t.noteKind.interpretation,
      t.noteKind.correction,
      t.noteKind.background,
    ]);
    await expect(notes.locator('dd').first()).toHaveText(t.aboutNoteKinds.disputed);

    // No publisher set: the page says so, and names no one.
    const who = page.locator(`section:has(> #${sectionId('who')})`);
    await expect(who).toContainText(t.aboutNoPublisher);
    await expect(who).not.toContainText(lang === 'fr' ? /collectivement/ : /collectively/);
    // No publisher set: neither section exists, nor any link to it, and the corrections say so.
    for (const topic of ['contact', 'legal']) {
      await expect(page.locator(`[id="${sectionId(topic)}"]`)).toHaveCount(0);
      await expect(page.locator(`a[href="#${sectionId(topic)}"]`)).toHaveCount(0);
    }
    const corrections = page.locator(`section:has(> #${sectionId('corrections')})`);
    await expect(corrections).toContainText(t.aboutCorrectionsLog);
    await expect(corrections).not.toContainText(t.aboutReportError);
    await expect(corrections.getByRole('link', { name: t.correctionsTitle })).toHaveAttribute(
      'href',
      sectionUrl(BASE, lang, 'corrections'),
    );
    // A source's error is named by its label, as the notes show it.
    await expect(corrections).toContainText(t.noteKind.correction);
    await expect(page.locator('main')).not.toContainText(/example\.|lorem|TODO|XXX|mailto/i);
    await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(0);
  });

  test(`${lang} corrections log: every correction by date, newest first, linked to its article's Corrections block, which links back`, async ({
    page,
  }) => {
    const log = correctionsLog(articles, lang);
    const first = log[0]?.articles[0];
    if (!first) throw new Error(`No ${lang} article has a correction: the log has nothing to show`);
    await page.goto(sectionUrl(BASE, lang, 'corrections'));
    await expect(page).toHaveTitle(`${t.correctionsTitle} — ${t.siteName}`);
    await expect(page.locator('footer').getByRole('link', { name: t.correctionsTitle })).toHaveCount(1);
    const main = page.locator('main');
    await expect(main.locator('h2')).toHaveText(log.map((day) => formatDate(day.date, lang)));
    await expect(main.locator('.log li')).toHaveCount(log.flatMap((day) => day.articles.flatMap(({ notes }) => notes)).length);

    // A known correction: the newest day's first article, its title linked to its Corrections block, its first note under it.
    const link = main.locator('h3 a').first();
    await expect(link).toHaveText(first.article.data.title);
    await expect(main.locator('.article').first()).toContainText(first.notes[0]!);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${articleUrl(BASE, lang, first.article.id)}#${CORRECTIONS_ID}$`));
    const block = page.locator(`section#${CORRECTIONS_ID}`);
    await expect(block).toBeInViewport();
    await expect(block).toContainText(first.notes[0]!);
    await block.getByRole('link', { name: t.correctionsAllLink }).click();
    await expect(page).toHaveURL(new RegExp(`${sectionUrl(BASE, lang, 'corrections')}$`));
  });

  test(`${lang} data page: the notes columns are documented, and the files hold them`, async ({ page, request }) => {
    await page.goto(sectionUrl(BASE, lang, 'data'));
    for (const dataset of ['countries', 'people', 'timeline'] as const) {
      const table = page.locator(`table:has(caption#fields-${dataset})`);
      for (const field of ['note_kinds', 'notes_fr', 'notes_en'])
        await expect(table.locator('tbody th code', { hasText: field })).toHaveCount(1);
      await expect(table.locator('tbody tr:has(code:text-is("notes_fr"))')).toContainText(t.dataTypes.texts);
      // The kind "correction" is the key of the label "source error".
      await expect(table.locator('tbody tr:has(code:text-is("note_kinds"))')).toContainText(
        `correction (${t.noteKind.correction.toLowerCase()})`,
      );
    }
    const csv = await (await request.get(dataFileUrl(BASE, 'people', 'csv'))).text();
    expect(csv.split('\r\n')[0]).toContain('note_kinds,notes_fr,notes_en');
    expect(csv).toContain(`${uiStrings('fr').noteKind.disputed}. `);
  });
}
