/**
 * The delegation lists (`<CountryList>`) rendered from the real collections: every footnote of a
 * row must be a source of the claim it follows, read from the data. A row says "S was represented
 * at level L" (the country's `levelSources`, cited once above the table when every row shares
 * them), "S co-chaired" (`coChair.sources`) and, for each person, "X attended / was announced…"
 * (that person's `presence.sources`, and nothing else). Every state and person named links to a
 * page the site builds; a long list folds.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it, vi } from 'vitest';
import CountryList from '../../../src/components/mdx/CountryList.astro';
import { getSiteData, type SiteData } from '../../../src/data/site-data.ts';
import { uiStrings } from '../../../src/i18n/index.ts';
import { LANGS, LEVELS, type Lang, type Person } from '../../../src/lib/content/schema.ts';
import { delegations, ROSTER_FOLD_AFTER, sharedLevelSources } from '../../../src/lib/delegations.ts';
import { capitalised } from '../../../src/lib/people.ts';
import { isAnadoluText } from '../../../src/lib/presence-evidence.ts';
import { pick } from '../../../src/lib/pick.ts';
import { presenceWording } from '../../../src/lib/places.ts';
import { countrySlug, sectionUrl, sitePagePaths } from '../../../src/lib/routes.ts';
import { renderInArticle } from '../../support/render.ts';

vi.mock('astro:content', () => import('../../support/real-content.ts'));

/** One claim of a row and the sources its footnotes point to, in order. */
interface ClaimCitations {
  claim: string;
  label: string;
  cited: string[];
}

const sourceOf = (href: string): string => href.replace(/^#source-/, '');

/**
 * Reads a rendered row in document order: its footnotes belong to the country's level until the
 * co-chair tag or a representative's name appears; after a name, to that person. The text
 * between a name and its first footnote is the person's label. Notes (with their own sources)
 * are left out.
 */
function rowClaims($: CheerioAPI, row: AnyNode, representatives: readonly Person[]): ClaimCitations[] {
  const claims: ClaimCitations[] = [{ claim: 'level', label: '', cited: [] }];
  const current = () => claims.at(-1)!;
  const visit = (node: AnyNode): void => {
    const element = $(node);
    if (element.is('.entry-notes')) return;
    if (element.is('sup.cite')) {
      current().cited.push(sourceOf(element.find('a').attr('href') ?? ''));
      return;
    }
    if (element.is('.tag')) claims.push({ claim: 'co-chair', label: '', cited: [] });
    if (node.type === 'text') {
      let text = element.text();
      for (;;) {
        const named = representatives
          .map((person) => ({ person, at: text.indexOf(person.name) }))
          .filter(({ at }) => at >= 0)
          .sort((a, b) => a.at - b.at)[0];
        if (!named) break;
        if (current().cited.length === 0) current().label += text.slice(0, named.at);
        claims.push({ claim: named.person.id, label: '', cited: [] });
        text = text.slice(named.at + named.person.name.length);
      }
      if (current().cited.length === 0) current().label += text;
      return;
    }
    element.contents().each((_, child) => visit(child));
  };
  $(row)
    .contents()
    .each((_, child) => visit(child));
  return claims.map((claim) => ({ ...claim, label: claim.label.replace(/^[\s,·(]+|[\s,·)]+$/g, '') }));
}

async function renderedRows(data: SiteData, lang: Lang, level: (typeof LEVELS)[number]) {
  const allSources = [...data.sources.keys()];
  const $ = load(await renderInArticle(CountryList, { level, lang }, lang, allSources));
  const expected = delegations(data.countries, data.people, lang, level);
  const aboveTable = $('.country-list-level sup.cite a')
    .toArray()
    .map((link) => sourceOf($(link).attr('href') ?? ''));
  const rows = $('.country-list > tbody')
    .toArray()
    .map((row, index) => {
      const delegation = expected[index]!;
      return { delegation, claims: rowClaims($, row, delegation.representatives) };
    });
  return { rows, aboveTable };
}

/** Source ids in a fixed order, to compare what a cluster of markers cites whatever order it shows them in. */
const sorted = (ids: readonly string[]) => [...ids].sort();
describe('delegation lists cite, in each row, the evidence of each claim', async () => {
  const data = await getSiteData();

  describe.each(LANGS)('in %s', (lang) => {
    it.each(LEVELS)('level %s: the state’s level cites levelSources, each person cites their presence evidence', async (level) => {
      const { rows, aboveTable } = await renderedRows(data, lang, level);
      const expected = delegations(data.countries, data.people, lang, level);
      expect(rows.length).toBe(expected.length);
      // Sources every row shares are cited once, above the table; no row repeats them.
      expect(aboveTable, 'the footnotes above the table').toEqual(sharedLevelSources(expected));
      for (const { delegation, claims } of rows) {
        const { country, representatives } = delegation;
        // A cluster of markers shows its numbers in order: compared as sets of sources.
        const byClaim = new Map(claims.map((claim) => [claim.claim, sorted(claim.cited)]));
        expect(aboveTable.length > 0 ? sorted(aboveTable) : byClaim.get('level'), `${country.id}: the level's footnotes`).toEqual(
          sorted(country.levelSources),
        );
        if (aboveTable.length > 0) expect(byClaim.get('level'), `${country.id}: the row repeats none`).toEqual([]);
        expect(byClaim.get('co-chair'), `${country.id}: the co-chair's footnotes`).toEqual(
          country.coChair && sorted(country.coChair.sources),
        );
        for (const person of representatives) {
          expect(byClaim.get(person.id), `${country.id}, ${person.name}: the presence footnotes`).toEqual(sorted(person.presence.sources));
        }
      }
    });

    it.each(LEVELS)('level %s: a row’s presence label and its footnotes agree', async (level) => {
      const t = uiStrings(lang);
      const shown = (text: string) => capitalised(text, lang);
      for (const { delegation, claims } of (await renderedRows(data, lang, level)).rows) {
        for (const person of delegation.representatives) {
          const claim = claims.find((c) => c.claim === person.id)!;
          expect(claim.label, `${person.name}: the label`).toBe(shown(presenceWording(person.presence, t, lang, data.sources)));
          if (person.presence.status === 'agency-list') {
            const notAnadolu = claim.cited.filter((id) => !isAnadoluText(pick('source', data.sources, id)));
            expect(notAnadolu, `${person.name} is "named only on the Anadolu list" but cites`).toEqual([]);
          }
        }
      }
    });
  });
});

describe('delegation lists link every state and person to their page, and fold when long', async () => {
  const data = await getSiteData();
  const base = import.meta.env.BASE_URL;
  const built = sitePagePaths(base, { articles: [], people: data.people, countries: data.countries });
  const render = async (lang: Lang, props: Record<string, unknown>) =>
    load(await renderInArticle(CountryList, { lang, ...props }, lang, [...data.sources.keys()]));

  describe.each(LANGS)('in %s', (lang) => {
    it.each(LEVELS)('level %s: each row links its state, then each named representative, to a built page', async (level) => {
      const $ = await render(lang, { level });
      const expected = delegations(data.countries, data.people, lang, level);
      const rows = $('.country-list > tbody').toArray();
      expect(rows.length).toBe(expected.length);
      rows.forEach((row, index) => {
        const { country, name, representatives } = expected[index]!;
        const links = $(row)
          .find('a')
          .not('sup.cite a, .entry-notes a')
          .toArray()
          .map((link) => ({ text: $(link).text().trim(), href: $(link).attr('href') ?? '' }));
        expect(links, `${country.id}: the row's links`).toEqual([
          { text: name, href: sectionUrl(base, lang, 'countries', countrySlug(country.id)) },
          ...representatives.map((person) => ({ text: person.name, href: sectionUrl(base, lang, 'people', person.id) })),
        ]);
        for (const { href } of links) expect(built.has(href), `${href} is a page the site builds`).toBe(true);
      });
    });

    it('folds a list longer than a phone screen into a <details> that says how long it is, and no shorter one', async () => {
      for (const level of LEVELS) {
        const $ = await render(lang, { level });
        const length = delegations(data.countries, data.people, lang, level).length;
        const summary = $('details > summary');
        if (length > ROSTER_FOLD_AFTER) {
          expect(summary.text(), `level ${level}`).toBe(uiStrings(lang).rosterShow(length));
          expect($('details > .country-list > tbody').length).toBe(length);
        } else {
          expect(summary.length, `level ${level} (${length} rows) stays open`).toBe(0);
        }
      }
    });

    it('lists in full, unfolded, on a page that is the list', async () => {
      const $ = await render(lang, { level: 'leader', fold: false });
      expect($('details').length).toBe(0);
      expect($('.country-list > tbody').length).toBe(delegations(data.countries, data.people, lang, 'leader').length);
    });
  });
});
