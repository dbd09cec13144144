/**
 * The sharing cards' alternative text (og:image:alt), in the built pages: each starts with the
 * card's topic and the summit's date (the page's title follows; tests/support/head.ts checks it
 * is more than the title); the home and map pages', whose cards show the map,
 * say so with the map's headline figure, read from content/ (never a number typed in a test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/content/schema.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { pageUrl } from '../../src/lib/paths.ts';
import { sectionUrl } from '../../src/lib/routes.ts';
import { mapFigures } from '../../src/lib/tallies.ts';
import { typeset } from '../../src/lib/typography.ts';
import { BASE, DIST, htmlFiles, isNotFoundPage } from '../support/dist.ts';
import { readContent } from '../support/read-content.ts';
import { validateContent } from '../support/validate-content.ts';

const { content } = validateContent(readContent(fileURLToPath(new URL('../../', import.meta.url))).content);
const summit = content.summit[0]?.data;
if (!summit) throw new Error('content/summit.yaml holds no summit');
const countries = content.countries.map((entry) => entry.data);

const altOf = (file: string): string => load(readFileSync(join(DIST, file), 'utf8'))('meta[property="og:image:alt"]').attr('content') ?? '';
const fileOf = (path: string): string => `${path.slice(BASE.length)}index.html`;

describe('og:image:alt', () => {
  for (const lang of LANGS) {
    const t = uiStrings(lang);
    const figure = typeset(t.mapHeadline(mapFigures(countries, summit.counts)), lang);

    it(`${lang}: the home and map cards say they show the map, with its headline figure from the data`, () => {
      for (const path of [pageUrl(BASE, lang), sectionUrl(BASE, lang, 'map')]) {
        const alt = altOf(fileOf(path));
        expect(alt, path).toContain(figure);
      }
      // A card without the map says nothing of it.
      expect(altOf(fileOf(sectionUrl(BASE, lang, 'countries')))).not.toContain(figure);
    });
  }

  it('every indexable page’s starts with “Ukraine” and the summit’s date', () => {
    const problems: string[] = [];
    for (const file of htmlFiles().filter((each) => !isNotFoundPage(each))) {
      const $ = load(readFileSync(join(DIST, file), 'utf8'));
      if ($('meta[name="robots"][content~="noindex"]').length > 0) continue;
      const lang = $('html').attr('lang') === 'en' ? 'en' : 'fr';
      const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
      const date = formatDate(summit.date, lang);
      if (!alt.startsWith(`Ukraine, ${date}`)) problems.push(`${file}: «${alt}» does not start with Ukraine and the date`);
    }
    expect(problems).toEqual([]);
  });
});
