/**
 * The content check's input, made from the entries Astro's content layer loaded and validated
 * (`getCollection`): each entry with the file it came from and how messages name it. Nothing is
 * read or parsed again; an article's file is opened only to give a problem in its body the line
 * an editor will find it on.
 */
import { articleSlug } from '../articles.ts';
import type { ArticleData, Country, Organisation, Person, Source, Summit, TimelineEvent } from './schema.ts';

export interface Located<T> {
  file: string;
  /** How the entry is named in messages: `people[macron]`, or `frontmatter` for an article. */
  label: string;
  data: T;
}

export interface ValidArticle extends Located<ArticleData> {
  /** The language folder the file sits in (`fr` or `en`). */
  folder: string;
  /** File name without extension: the article's URL slug. */
  slug: string;
  body: string;
  /** Line number in the file where the body starts (1-based); read from the file only when a problem needs it. */
  readonly bodyLine: number;
}

export interface ValidContent {
  sources: Located<Source>[];
  people: Located<Person>[];
  countries: Located<Country>[];
  organisations: Located<Organisation>[];
  summit: Located<Summit>[];
  timeline: Located<TimelineEvent>[];
  articles: ValidArticle[];
}

/** An entry as `getCollection` returns it: its id, the file it was loaded from (relative to the project root), its data, an MDX body. */
export interface LoadedEntry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  body?: string | undefined;
}

export interface LoadedCollections {
  sources: readonly LoadedEntry<Source>[];
  people: readonly LoadedEntry<Person>[];
  countries: readonly LoadedEntry<Country>[];
  organisations: readonly LoadedEntry<Organisation>[];
  summit: readonly LoadedEntry<Summit>[];
  timeline: readonly LoadedEntry<TimelineEvent>[];
  articles: readonly LoadedEntry<ArticleData>[];
}

/** The 1-based line of `file` on which `body` (the file's text after its frontmatter, trimmed) starts. */
export function bodyStartLine(file: string, body: string): number {
  const at = body === '' ? -1 : file.indexOf(body);
  return at === -1 ? 1 : file.slice(0, at).split('\n').length;
}

function located<T>(collection: string, entries: readonly LoadedEntry<T>[]): Located<T>[] {
  return entries.map((entry) => ({ file: entry.filePath ?? collection, label: `${collection}[${entry.id}]`, data: entry.data }));
}

/**
 * The check's input from the loaded collections.
 * @param readFile reads a file by its path relative to the project root (to place body lines)
 */
export function contentFromEntries(collections: LoadedCollections, readFile: (file: string) => string): ValidContent {
  return {
    sources: located('sources', collections.sources),
    people: located('people', collections.people),
    countries: located('countries', collections.countries),
    organisations: located('organisations', collections.organisations),
    summit: located('summit', collections.summit),
    timeline: located('timeline', collections.timeline),
    articles: collections.articles.map((entry) => {
      const file = entry.filePath ?? entry.id;
      const body = entry.body ?? '';
      let bodyLine: number | undefined;
      return {
        file,
        label: 'frontmatter',
        data: entry.data,
        folder: entry.id.slice(0, entry.id.indexOf('/')),
        slug: articleSlug(entry.id),
        body,
        get bodyLine() {
          return (bodyLine ??= bodyStartLine(readFile(file), body));
        },
      };
    }),
  };
}
