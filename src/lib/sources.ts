/** How the site names its sources and groups them on the sources page. */
import { collator } from './collation.ts';
import { sourceSchema, type Lang, type Source } from './content/schema.ts';

export type SourceKind = Source['kind'];

/** The kinds of source, in the order the sources page shows them: official, press, aggregators. */
export const SOURCE_KINDS: readonly SourceKind[] = sourceSchema.shape.kind.options;

const LANGUAGE_NAMES: Record<Lang, Intl.DisplayNames> = {
  fr: new Intl.DisplayNames(['fr'], { type: 'language' }),
  en: new Intl.DisplayNames(['en-GB'], { type: 'language' }),
};

/** The name of a source's language (a two-letter code) in the reader's language: `uk` is « ukrainien ». */
export function languageName(code: string, lang: Lang): string {
  return LANGUAGE_NAMES[lang].of(code) ?? code;
}

/** The site a source is on, as its address shows it: the host name without a leading `www.` ("elysee.fr"). */
export function sourceDomain(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** How many characters of a page's name an address hint keeps (`addressHint`). */
const HINT_NAME_LENGTH = 32;

/** A path segment as a reader would type it: percent-escapes decoded, left as written when malformed. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A page's name cut to `HINT_NAME_LENGTH` characters, at a word break (`-`, `_`) when one is near, then « … ». */
function shortName(name: string): string {
  if (name.length <= HINT_NAME_LENGTH) return name;
  const cut = name.slice(0, HINT_NAME_LENGTH);
  const lastBreak = Math.max(cut.lastIndexOf('-'), cut.lastIndexOf('_'));
  return `${lastBreak > HINT_NAME_LENGTH / 2 ? cut.slice(0, lastBreak) : cut}…`;
}

/**
 * A short, readable form of a page's address, to tell apart the entries of one publisher the data
 * records no headline for: the site, then the page's own name, the last part of its path
 * (decoded, without query string or file extension, its folder's when the file is an `index.html`
 * or a letter or two, cut to a few words),
 * with « … » for the folders between: `president.gov.ua/…/zayava-prezidenta-ukrayini-pid…`.
 * A site's home page, or a page named only by its query string, gives the site alone.
 */
export function addressHint(url: string): string {
  const segments = new URL(url).pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodedSegment);
  // A closing `index.html`, or a file named by a letter or two (`p.html`), says less than its folder.
  if (segments.length > 1 && /^(index|\w{1,2})(\.\w+)?$/i.test(segments.at(-1)!)) segments.pop();
  const name = segments.pop()?.replace(/\.(html?|php|aspx?)$/i, '');
  if (name === undefined) return sourceDomain(url);
  return [sourceDomain(url), ...(segments.length > 0 ? ['…'] : []), shortName(name)].join('/');
}

/** The address hint a source's entry shows: only when the data records neither its headline nor what the page is. */
export function entryHint(source: Pick<Source, 'title' | 'document' | 'url'>): string | undefined {
  return source.title || source.document ? undefined : addressHint(source.url);
}

/** What an entry shows that tells it from others, before any address hint: outlet, publisher, headline or what the page is, date. */
function entryText(source: Source, lang: Lang): string {
  return [source.relays, publisherName(source, lang), source.title ?? source.document?.[lang], source.date].join('\n');
}

/**
 * The ids of the sources in `sources` whose entries would read alike without their address hint
 * (same outlet, publisher and date, and neither headline nor word on what the page is). A list
 * of a page's sources shows the hint on these only: on every entry without a headline, it would
 * weigh about 11 bytes gzipped each, more than the longest lists' budgets leave.
 */
export function lookAlikes(sources: Iterable<Source>, lang: Lang): Set<string> {
  const groups = Map.groupBy(sources, (source) => entryText(source, lang));
  return new Set([...groups.values()].filter((group) => group.length > 1).flatMap((group) => group.map((source) => source.id)));
}

/** Whether a source is an official text that a third-party site carries (Hansard on Parallel Parliament). */
export function isOfficialCopy(source: Pick<Source, 'kind' | 'relays'>): boolean {
  return source.kind === 'primary' && source.relays !== undefined;
}

/** The publisher of a source in the reader's language (an institution's name is translated). */
export function publisherName(source: Pick<Source, 'publisher'>, lang: Lang): string {
  return typeof source.publisher === 'string' ? source.publisher : source.publisher[lang];
}

/** The name a source's entry starts with: the outlet it relays, else its publisher. */
function leadingName(source: Source, lang: Lang): string {
  return source.relays ?? publisherName(source, lang);
}

/** Earlier dates first (YYYY-MM before YYYY-MM-DD of the same month), undated last. */
function byDate(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

export interface SourceGroup {
  kind: SourceKind;
  sources: Source[];
}

/**
 * The sources by kind, in the order of `SOURCE_KINDS`, each group in alphabetical order of the
 * name its entry starts with (the original outlet, else the publisher), then by publisher and
 * date (undated last); kinds without a source are left out.
 */
export function sourcesByKind(sources: Iterable<Source>, lang: Lang): SourceGroup[] {
  const order = collator(lang);
  const sorted = [...sources].sort(
    (a, b) =>
      order.compare(leadingName(a, lang), leadingName(b, lang)) ||
      order.compare(publisherName(a, lang), publisherName(b, lang)) ||
      byDate(a.date, b.date),
  );
  return SOURCE_KINDS.map((kind) => ({ kind, sources: sorted.filter((source) => source.kind === kind) })).filter(
    (group) => group.sources.length > 0,
  );
}

/**
 * The publishers whose sources are not all of one kind, by their English name. The site classes
 * a site, not a page (the sources page says so): an outlet with a newsroom is `press` even on a
 * page that carries a wire's text, so this list should be empty.
 */
export function publishersOfSeveralKinds(sources: Iterable<Source>): string[] {
  const kinds = Map.groupBy(sources, (source) => publisherName(source, 'en'));
  return [...kinds].filter(([, group]) => new Set(group.map((source) => source.kind)).size > 1).map(([name]) => name);
}

/** What the sources page says on top: how many sources, of which kinds and in which languages. */
export interface SourceSummary {
  total: number;
  /** Per kind, in the order of `SOURCE_KINDS` (kinds without a source included, at 0). */
  byKind: { kind: SourceKind; count: number }[];
  /** Per language code, the most frequent first (ties by code). */
  byLanguage: { language: string; count: number }[];
  /** How many sources are, or relay, a state's media. */
  stateMedia: number;
}

/** Counts the sources by kind and by language. */
export function sourceSummary(sources: Iterable<Source>): SourceSummary {
  const all = [...sources];
  const languages = Map.groupBy(all, (source) => source.language);
  return {
    total: all.length,
    byKind: SOURCE_KINDS.map((kind) => ({ kind, count: all.filter((source) => source.kind === kind).length })),
    byLanguage: [...languages]
      .map(([language, group]) => ({ language, count: group.length }))
      .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language)),
    stateMedia: all.filter((source) => source.stateMedia !== undefined).length,
  };
}

/** How many languages the language filter of the sources page offers on their own; the others are one choice. */
export const FILTERED_LANGUAGES = 3;

/** A choice of the language filter: one of the most frequent languages (its code), or all the others. */
export interface LanguageChoice {
  /** A language code, or `other` for all the languages not offered on their own. */
  language: string;
  count: number;
}

/**
 * The choices of the sources page's language filter, from `sourceSummary(...).byLanguage`: the
 * `FILTERED_LANGUAGES` most frequent languages, each on its own, then the other languages
 * together (left out when there are none), each with its number of sources.
 */
export function languageChoices(byLanguage: SourceSummary['byLanguage']): LanguageChoice[] {
  const own = byLanguage.slice(0, FILTERED_LANGUAGES);
  const others = byLanguage.slice(FILTERED_LANGUAGES).reduce((sum, { count }) => sum + count, 0);
  return others > 0 ? [...own, { language: 'other', count: others }] : own;
}

/**
 * The position in `choices` of the language filter's choice a source falls under: its language's,
 * when offered on its own, else that of the other languages. The page's style sheet hides the
 * entries by position, so it needs no rule per language.
 */
export function languageChoiceIndex(language: string, choices: readonly LanguageChoice[]): number {
  const own = choices.findIndex((choice) => choice.language === language);
  return own >= 0 ? own : choices.findIndex((choice) => choice.language === 'other');
}

/** One name of the publisher index: an outlet or institution, its number of sources, and the first of them. */
export interface PublisherEntry {
  name: string;
  count: number;
  firstId: string;
}

/**
 * The index of the sources page: every name a source can be looked up by (its publisher, and the
 * outlet it relays), in alphabetical order, each with its number of sources and the first of
 * them in `ordered` (the order the page lists them in).
 */
export function publisherIndex(ordered: readonly Source[], lang: Lang): PublisherEntry[] {
  const entries = new Map<string, PublisherEntry>();
  for (const source of ordered) {
    for (const name of new Set([source.relays, publisherName(source, lang)])) {
      if (name === undefined) continue;
      const entry = entries.get(name);
      if (entry) entry.count += 1;
      else entries.set(name, { name, count: 1, firstId: source.id });
    }
  }
  const order = collator(lang);
  return [...entries.values()].sort((a, b) => order.compare(a.name, b.name));
}
