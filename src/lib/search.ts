import type { Lang } from './content/schema.ts';
import { langPrefix } from './paths.ts';
import { SECTIONS } from './routes.ts';

/** What a page is, as a search result shows it. */
export type PageKind = 'article' | 'person' | 'country' | 'source' | 'home' | 'page';

/**
 * The kind of a page of the site, from its path: an article, a person's or a country's page,
 * the sources page, the home page, or any other page.
 * @param base the deploy base path
 * @param lang the page's language
 * @param pathname the page's URL path, base included
 */
export function pageKind(base: string, lang: Lang, pathname: string): PageKind {
  const prefix = langPrefix(lang);
  const segments = pathname.slice(base.length).split('/').filter(Boolean);
  const [section, entry] = prefix !== '' && segments[0] === prefix ? segments.slice(1) : segments;
  if (section === SECTIONS.articles[lang] && entry !== undefined) return 'article';
  if (section === SECTIONS.people[lang] && entry !== undefined) return 'person';
  if (section === SECTIONS.countries[lang] && entry !== undefined) return 'country';
  if (section === SECTIONS.sources[lang] && entry === undefined) return 'source';
  if (section === undefined) return 'home';
  return 'page';
}

/**
 * The attributes that give Pagefind some metadata of a page (`data-pagefind-meta`), leaving out
 * the fields without a value. Each value sits in its own `data-search-<key>` attribute, which
 * `data-pagefind-meta` names as `key[data-search-key]`: Pagefind reads only one literal
 * `key:value` per element, and a literal cannot hold a comma.
 */
export function pagefindMeta(fields: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const given = Object.entries(fields).filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '');
  if (given.length === 0) return {};
  return {
    'data-pagefind-meta': given.map(([key]) => `${key}[data-search-${key}]`).join(', '),
    ...Object.fromEntries(given.map(([key, value]) => [`data-search-${key}`, value])),
  };
}

/**
 * How much the words of a section's index page (who's who, the countries, the map, the timeline,
 * the sources…) count in the site search, against 1 for an article's or a person's or a country's
 * own page (`data-pagefind-weight`, headings included): those pages name everyone and everything,
 * so a name leads first to its own page and to the articles about it.
 */
export const SECTION_SEARCH_WEIGHT = 0.5;

/**
 * How much the words of the home page count in the site search: its headline and its teasers
 * repeat the articles' topics, so a topic leads to the articles about it, not to the home page.
 */
export const HOME_SEARCH_WEIGHT = 0.1;

/**
 * How much the words of an article's key points count in the site search, against 1 for its body
 * and for a person's or a country's page: they sum the article up, so a name or a topic they
 * state leads to that article before the longer pages that only mention it more often.
 */
export const KEY_POINTS_SEARCH_WEIGHT = 3;

/** Spellings of one name that readers type for another: the site writes the first of each group. */
export const SITE_SPELLINGS: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev', 'Kiew'],
  ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenski', 'Selenskyj'],
  ['Witkoff', 'Wittkoff', 'Witkof'],
];

/** Spellings of one name that readers type for another: French pages say OTAN and UE where English ones say NATO and EU. */
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [...SITE_SPELLINGS, ['OTAN', 'NATO'], ['UE', 'EU']];

/**
 * The other spellings of each word of the table, by the word in lower case: what the search page
 * offers when a query finds nothing (it keeps those that find something).
 */
export function spellingVariants(groups: readonly (readonly string[])[] = SPELLING_VARIANTS): Record<string, string[]> {
  return Object.fromEntries(groups.flatMap((group) => group.map((word) => [word.toLowerCase(), group.filter((other) => other !== word)])));
}

/**
 * The site's spelling of each other spelling of the table, all in lower case: the search page
 * also searches "zelensky" when a reader types "zelenskyy".
 */
export function siteSpellings(groups: readonly (readonly string[])[] = SITE_SPELLINGS): Record<string, string> {
  return Object.fromEntries(
    groups.flatMap(([site = '', ...others]) => others.map((other) => [other.toLowerCase(), site.toLowerCase()] as const)),
  );
}

/** Closing tags of the block elements Pagefind does not treat as a break between words. */
const UNSEPARATED_BLOCK_END = /<\/(dt|dd|th|caption|figcaption|blockquote|summary|tr|dl|ol)>/g;

/**
 * A built page as Pagefind should read it: a space before the end of each block element that
 * Pagefind joins to the next one. The site's markup is minified (no whitespace between tags), so
 * `<dt>Role</dt><dd>Envoy</dd>` would otherwise be indexed as "RoleEnvoy". The page itself is
 * not changed.
 */
export function separateBlocks(html: string): string {
  return html.replace(UNSEPARATED_BLOCK_END, ' </$1>');
}
