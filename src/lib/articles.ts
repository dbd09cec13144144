import { collator } from './collation.ts';
import type { ArticleData, Lang } from './content/schema.ts';

/** The shape of an article entry that these helpers need (Astro's entry has more). */
export interface ArticleEntry {
  id: string;
  data: ArticleData;
}

/** The URL slug of an article: its file name, from an entry id such as "fr/essentiel". */
export function articleSlug(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

/** Whether an entry is a published (not draft) article of `lang`. */
function isPublishedIn(entry: ArticleEntry, lang: Lang): boolean {
  return entry.data.lang === lang && !entry.data.draft;
}

/**
 * The published articles of one language, newest first; articles published the same day follow
 * the home page's editorial order (`homeOrder`: the lead first), then their titles.
 */
export function publishedArticles<T extends ArticleEntry>(entries: readonly T[], lang: Lang): T[] {
  const order = collator(lang);
  return entries
    .filter((entry) => isPublishedIn(entry, lang))
    .sort(
      (a, b) =>
        b.data.published.localeCompare(a.data.published) ||
        a.data.homeOrder - b.data.homeOrder ||
        order.compare(a.data.title, b.data.title),
    );
}

/** The published articles of one language in the home page's editorial order (`homeOrder`, 1 = the lead), whatever their dates. */
export function homeArticles<T extends ArticleEntry>(entries: readonly T[], lang: Lang): T[] {
  return entries.filter((entry) => isPublishedIn(entry, lang)).sort((a, b) => a.data.homeOrder - b.data.homeOrder);
}

/** The latest "facts as of" date of some articles (YYYY-MM-DD), or undefined when there are none. */
export function latestFactsAsOf(articles: readonly ArticleEntry[]): string | undefined {
  return articles
    .map((article) => article.data.factsAsOf)
    .sort()
    .at(-1);
}

/** The newest update of some articles (their `updated` date, else their publication date), YYYY-MM-DD, or undefined when there are none. */
export function latestUpdate(articles: readonly ArticleEntry[]): string | undefined {
  return articles
    .map((article) => article.data.updated ?? article.data.published)
    .sort()
    .at(-1);
}

/**
 * A lookup of each article's version in another language, through the shared translationKey;
 * built once, so pairing N articles costs N lookups rather than N².
 */
export function translationFinder<T extends ArticleEntry>(entries: readonly T[]): (article: ArticleEntry, lang: Lang) => T | undefined {
  const byKey = new Map(entries.map((entry) => [`${entry.data.lang} ${entry.data.translationKey}`, entry]));
  return (article, lang) => byKey.get(`${lang} ${article.data.translationKey}`);
}

/**
 * What to read next after an article: up to `limit` other articles of its language, those on the
 * same topic first, then the newest. A fixed number keeps every article page the same size
 * however many articles the site has, and the lookup reads at most a few entries per article.
 * @param published the published articles of one language, newest first
 */
export function relatedFinder<T extends ArticleEntry>(published: readonly T[], limit = 4): (article: ArticleEntry) => T[] {
  const byTopic = Map.groupBy(published, (entry) => entry.data.topic);
  return (article) => {
    const { topic } = article.data;
    const related: T[] = [];
    for (const entry of byTopic.get(topic) ?? []) {
      if (related.length === limit) return related;
      if (entry.id !== article.id) related.push(entry);
    }
    // Fewer than `limit` others on the topic: the newest of other topics fill the list.
    for (const entry of published) {
      if (related.length === limit) break;
      if (entry.data.topic !== topic) related.push(entry);
    }
    return related;
  };
}
