import { articleSlug } from './articles.ts';
import { LANGS, type Lang } from './content/schema.ts';
import { langParam, pageUrl } from './paths.ts';

/** The site's sections and their URL segment in each language. */
export const SECTIONS = {
  articles: { fr: 'articles', en: 'articles' },
  people: { fr: 'qui-est-qui', en: 'whos-who' },
  countries: { fr: 'pays', en: 'countries' },
  map: { fr: 'carte', en: 'map' },
  timeline: { fr: 'chronologie', en: 'timeline' },
  sources: { fr: 'sources', en: 'sources' },
  about: { fr: 'a-propos', en: 'about' },
  corrections: { fr: 'corrections', en: 'corrections' },
  data: { fr: 'donnees', en: 'data' },
  search: { fr: 'recherche', en: 'search' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Section = keyof typeof SECTIONS;

/** The sections with an index page: all but the articles, which the home page lists. */
export const INDEX_SECTIONS = (Object.keys(SECTIONS) as Section[]).filter((section) => section !== 'articles');

/** The sections of the main navigation, in order (articles are the home page). */
export const NAV_SECTIONS = [
  'people',
  'countries',
  'map',
  'timeline',
  'sources',
  'data',
  'about',
  'search',
] as const satisfies readonly Section[];

/**
 * The URL of a section page, or of an entry page inside it (`slug`), in one language.
 * @param base the deploy base path
 */
export function sectionUrl(base: string, lang: Lang, section: Section, slug?: string): string {
  return pageUrl(base, lang, slug === undefined ? SECTIONS[section][lang] : `${SECTIONS[section][lang]}/${slug}`);
}

/** The URL slug of a country's page: its ISO code in lower case. */
export function countrySlug(id: string): string {
  return id.toLowerCase();
}

/**
 * The URL of an article in its language.
 * @param id the article's entry id ("fr/essentiel") or its slug ("essentiel")
 */
export function articleUrl(base: string, lang: Lang, id: string): string {
  return sectionUrl(base, lang, 'articles', articleSlug(id));
}

/** The URL of a state's page, from its ISO code. */
export function countryUrl(base: string, lang: Lang, id: string): string {
  return sectionUrl(base, lang, 'countries', countrySlug(id));
}

/** The URL of a person's page, from their id. */
export function personUrl(base: string, lang: Lang, id: string): string {
  return sectionUrl(base, lang, 'people', id);
}

/** The entries the site builds a page for, beyond its fixed pages. */
export interface SiteEntries {
  /** The live (not draft) articles: each one's language, slug (its MDX file name) and the key it shares with its translation. */
  articles: readonly { lang: Lang; slug: string; translationKey: string }[];
  people: readonly { id: string }[];
  countries: readonly { id: string }[];
}

/**
 * The path of every page the site builds under `base`, in both languages: the home page, the
 * section pages, the pages of people and countries, and the articles.
 */
export function sitePagePaths(base: string, entries: SiteEntries): Set<string> {
  return new Set(
    LANGS.flatMap((lang) => [
      pageUrl(base, lang),
      ...INDEX_SECTIONS.map((section) => sectionUrl(base, lang, section)),
      ...entries.people.map((person) => personUrl(base, lang, person.id)),
      ...entries.countries.map((country) => countryUrl(base, lang, country.id)),
      ...entries.articles.filter((article) => article.lang === lang).map((article) => articleUrl(base, lang, article.slug)),
    ]),
  );
}

/** One page in both languages: its path in each. */
export type PagePair = Readonly<Record<Lang, string>>;

/**
 * Every page of `sitePagePaths` that exists in both languages, as a pair of paths under `base`:
 * all of them but an article whose translation is not live.
 */
export function sitePagePairs(base: string, entries: SiteEntries): PagePair[] {
  const pair = (path: (lang: Lang) => string): PagePair => ({ fr: path('fr'), en: path('en') });
  const articles = Map.groupBy(entries.articles, (article) => article.translationKey);
  return [
    pair((lang) => pageUrl(base, lang)),
    ...INDEX_SECTIONS.map((section) => pair((lang) => sectionUrl(base, lang, section))),
    ...entries.people.map((person) => pair((lang) => personUrl(base, lang, person.id))),
    ...entries.countries.map((country) => pair((lang) => countryUrl(base, lang, country.id))),
    ...[...articles.values()].flatMap((versions) => {
      const slugs = Object.fromEntries(versions.map((article) => [article.lang, article.slug]));
      return slugs.fr !== undefined && slugs.en !== undefined
        ? [{ fr: articleUrl(base, 'fr', slugs.fr), en: articleUrl(base, 'en', slugs.en) }]
        : [];
    }),
  ];
}

/** The params of a section page in both languages: `{ lang, segment }`, the segment being the section's translated folder name (`[people]`, `[map]`, …). */
export function sectionParams(section: Section): { lang: Lang; segment: string }[] {
  return LANGS.map((lang) => ({ lang, segment: SECTIONS[section][lang] }));
}

/**
 * `getStaticPaths` entries for a section index page in both languages, for a page file at
 * `src/pages/[...lang]/[section]/index.astro` (the page reads its language from `Astro.locals`).
 */
export function sectionPaths<S extends Section>(section: S) {
  return sectionParams(section).map(({ lang, segment }) => ({
    params: { lang: langParam(lang), [section]: segment } as { lang: string | undefined } & Record<S, string>,
  }));
}

/**
 * `getStaticPaths` entries for one page per entry of a section in both languages, for a page
 * file at `src/pages/[...lang]/[section]/[entryParam].astro`; each page gets `lang` and its
 * `entry` as props.
 * @param slugOf the URL slug of an entry
 */
export function entryPaths<T, S extends Section, E extends string>(
  section: S,
  entryParam: E,
  entries: readonly T[],
  slugOf: (entry: T) => string,
) {
  return sectionParams(section).flatMap(({ lang, segment }) =>
    entries.map((entry) => ({
      params: { lang: langParam(lang), [section]: segment, [entryParam]: slugOf(entry) } as {
        lang: string | undefined;
      } & Record<S | E, string>,
      props: { lang, entry },
    })),
  );
}
