/**
 * The site's corrections log: every correction of the published articles of one language, read
 * from their `corrections` frontmatter (never typed twice), for the page `/corrections/`.
 */
import { publishedArticles, type ArticleEntry } from './articles.ts';
import type { Lang } from './content/schema.ts';

/** The id of an article's Corrections block, which the log links to (`…/article/#corrections`). */
export const CORRECTIONS_ID = 'corrections';

/** One article's corrections of one day, in the order the article lists them. */
export interface LoggedArticle<T extends ArticleEntry> {
  article: T;
  notes: string[];
}

/** The corrections of one day (YYYY-MM-DD), article by article. */
export interface CorrectionDay<T extends ArticleEntry> {
  date: string;
  articles: LoggedArticle<T>[];
}

/**
 * The corrections of the published articles of `lang`, grouped by date, newest first; within a
 * day, article by article in the order of `publishedArticles` (newest, then the home page's order),
 * each article's notes in the order it gives them. Drafts and the other language are left out.
 */
export function correctionsLog<T extends ArticleEntry>(entries: readonly T[], lang: Lang): CorrectionDay<T>[] {
  const corrections = publishedArticles(entries, lang)
    .flatMap((article) => article.data.corrections.map(({ date, note }) => ({ date, note, article })))
    // A stable sort: the articles keep their order within a day.
    .sort((a, b) => b.date.localeCompare(a.date));
  return [...Map.groupBy(corrections, (correction) => correction.date)].map(([date, day]) => ({
    date,
    articles: [...Map.groupBy(day, (correction) => correction.article)].map(([article, notes]) => ({
      article,
      notes: notes.map((correction) => correction.note),
    })),
  }));
}
