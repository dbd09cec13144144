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
