/** The Open Graph card of every page of the site, from the content layer (served by `src/pages/[...page]/og.png.ts`). */
import { sectionText, uiStrings } from '../i18n/index.ts';
import { LANGS, type Lang } from '../lib/content/schema.ts';
import { countryName } from '../lib/country-names.ts';
import { drawOverview, overviewStates } from '../lib/map.ts';
import { memoizedByIdentity } from '../lib/memo.ts';
import { ogArticleCard, ogCard, ogNameCard, personLine, type OgCard, type OgMap } from '../lib/og-card.ts';
import { pageUrl } from '../lib/paths.ts';
import { articleUrl, countryUrl, INDEX_SECTIONS, personUrl, sectionUrl } from '../lib/routes.ts';
import { mapFigures } from '../lib/tallies.ts';
import { getLiveArticles } from './articles.ts';
import { getSiteData, type SiteData } from './site-data.ts';

/** A page's card, by the page's path under the site's root (no base path): `/`, `/en/whos-who/macron/`. */
export interface PageCard {
  path: string;
  card: OgCard;
}

/** The card of each page the site builds (the pages of `sitePagePaths`), in both languages. */
export async function getPageCards(): Promise<PageCard[]> {
  return cardsOf(await getSiteData());
}

/** The card of the page at `path` (under the site's root, no base path), if the site builds one. */
export async function pageCard(path: string): Promise<OgCard | undefined> {
  return (await cardsByPath(await getSiteData())).get(path);
}

/** The cards of a data set, drawn up once however many pages ask. */
const cardsOf = memoizedByIdentity(async (data: SiteData): Promise<PageCard[]> => {
  const articles = await getLiveArticles();
  const date = data.summit.date;
  const overview = drawOverview(data.countries);
  // The home and map pages' cards show the overview map, with the map's headline figure in their alternative text.
  const map = (lang: Lang): OgMap => ({
    drawing: overview,
    figure: uiStrings(lang).mapHeadline(mapFigures(data.countries, data.counts)),
  });
  // Every card has the overview map faded behind it, in its side bands (see below for the countries').
  const cards: (PageCard & { country?: string })[] = LANGS.flatMap((lang): (PageCard & { country?: string })[] => [
    { path: pageUrl('/', lang), card: ogCard(lang, date, uiStrings(lang).ogHomeTitle, undefined, map(lang)) },
    ...INDEX_SECTIONS.map((section) => ({
      path: sectionUrl('/', lang, section),
      card: ogCard(lang, date, sectionText(section, lang).title, undefined, section === 'map' ? map(lang) : undefined),
    })),
    ...data.people.map((person) => ({
      path: personUrl('/', lang, person.id),
      card: ogNameCard(lang, date, person.name, personLine(person, lang)),
    })),
    ...data.countries.map((country) => ({
      path: countryUrl('/', lang, country.id),
      card: ogNameCard(lang, date, countryName(country.id, lang), uiStrings(lang).levelHeading[country.level]),
      country: country.id,
    })),
    ...articles
      .filter((article) => article.data.lang === lang)
      .map((article) => ({
        path: articleUrl('/', lang, article.id),
        card: ogArticleCard(lang, date, article.data.title, article.data.description),
      })),
  ]);
  // A country's card frames its own state there; a state off the overview (Japan, the US…) gets plain bands.
  const states = overviewStates(data.countries);
  return cards.map((entry) => {
    if (entry.country === undefined) return { path: entry.path, card: { ...entry.card, backdrop: overview } };
    const focus = states.get(entry.country);
    return { path: entry.path, card: focus === undefined ? entry.card : { ...entry.card, backdrop: overview, focus } };
  });
});

const cardsByPath = memoizedByIdentity(async (data: SiteData) => new Map((await cardsOf(data)).map(({ path, card }) => [path, card])));
