import { describe, expect, it, vi } from 'vitest';
import OffersTable from '../../../src/components/mdx/OffersTable.astro';
import { getSiteData } from '../../../src/data/site-data.ts';
import { LANGS, type Lang } from '../../../src/lib/content/schema.ts';
import { offerRows, offerSources } from '../../../src/lib/places.ts';
import { renderInArticle } from '../../support/render.ts';

vi.mock('astro:content', () => import('../../support/real-content.ts'));

/** A pattern matching `value` literally. */
const literal = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Each row of the rendered table: its `data-offer` id, its cells' text and the sources its markers link to. */
function rows(html: string): { id: string; cells: string[]; sources: string[] }[] {
  return [...html.matchAll(/<tr data-offer="([^"]+)"[^>]*>(.*?)<\/tr>/gs)].map(([, id, row]) => ({
    id: id!,
    cells: [...row!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map(([, cell]) => text(cell!)),
    // A cluster of markers shows its numbers in order: the sources it cites, as a set.
    sources: [...row!.matchAll(/href="#source-([^"]+)"/g)].map(([, source]) => source!).sort(),
  }));
}

async function render(lang: Lang) {
  const data = await getSiteData();
  return { html: await renderInArticle(OffersTable, {}, lang, offerSources(data.countries, data.organisations)), data };
}

describe('OffersTable (who offers what), on the real data', () => {
  it.each(LANGS)('shows one row per offer in %s, each citing exactly its offer’s sources', async (lang) => {
    const { html, data } = await render(lang);
    const expected = offerRows(data.countries, data.organisations, lang);
    expect(expected.length).toBeGreaterThan(0);
    expect(rows(html)).toEqual(
      expected.map((row) => ({
        id: row.id,
        // The offer, its markers before its full stop, in the same cell: no column of their own.
        cells: [
          row.name,
          expect.stringMatching(new RegExp(`^${literal(text(row.offer.text[lang]).replace(/\.$/, ''))}( \\[\\d+\\])+ \\.$`)),
        ],
        sources: [...row.offer.sources].sort(),
      })),
    );
  });

  it('links each state to its page in the table’s language, and names an organisation without a link', async () => {
    const fr = (await render('fr')).html;
    expect(fr).toMatch(/<tr data-offer="FR"[^>]*>\s*<td><a href="\/pays\/fr\/">France<\/a>/);
    expect(fr).toMatch(/<tr data-offer="eu"[^>]*>\s*<td>Union européenne<\/td>/);
    const en = (await render('en')).html;
    expect(en).toMatch(/<tr data-offer="GB"[^>]*>\s*<td><a href="\/en\/countries\/gb\/">United Kingdom<\/a>/);
  });

  it('gives the table a caption and column headers in the page’s language', async () => {
    expect(text((await render('fr')).html)).toMatch(
      /^Ce que chacun a proposé ou dit, d’après nos sources Pays ou institution Proposition ou déclaration (?!Sources)/,
    );
    expect(text((await render('en')).html)).toMatch(
      /^What each offered or said, according to our sources Country or institution Offer or statement (?!Sources)/,
    );
  });
});
