import type { ArticleEntry } from './articles.ts';
import { articleUrl } from './routes.ts';
import type { Lang } from './content/schema.ts';
import { formatDate } from './dates.ts';

/** One item of a language's RSS feed. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/**
 * The feed item of an article: its standfirst, then, when it was updated, the update date and
 * each correction note, so feed readers see what changed.
 * @param base the deploy base path
 * @param updatedLabel "Mis à jour le" / "Updated", from the dictionary
 */
export function feedItem(article: ArticleEntry, base: string, updatedLabel: string): FeedItem {
  const { data } = article;
  const lang: Lang = data.lang;
  const notes = data.corrections.map((c) => `${formatDate(c.date, lang)} — ${c.note}`);
  const update = data.updated ? [`${updatedLabel} ${formatDate(data.updated, lang)}.`, ...notes] : notes;
  return {
    title: data.title,
    link: articleUrl(base, lang, article.id),
    pubDate: new Date(`${data.published}T00:00:00Z`),
    description: [data.description, ...update].join(' '),
  };
}
