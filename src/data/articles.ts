/** Article entries from the content layer, as the pages use them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedArticles } from '../lib/articles.ts';
import { citationOrder, type CitableData } from '../lib/citations.ts';
import type { Lang } from '../lib/content/schema.ts';
import { mentionIndex, type MentionIndex } from '../lib/people.ts';

export type Article = CollectionEntry<'articles'>;

/** Every article that is not a draft, in both languages. */
export function getLiveArticles(): Promise<Article[]> {
  return getCollection('articles', (entry) => !entry.data.draft);
}

const citationOrders = new Map<string, string[]>();

/**
 * The source ids an article cites, in citation order (see `citationOrder`). The article page and
 * the sources pages both need it, so a production build works it out once per article; `astro
 * dev` reads it afresh, so an edited article shows at once.
 */
export function articleCitationOrder(article: Article, data: CitableData): string[] {
  if (!import.meta.env.PROD) return citationOrder(article.body ?? '', data, article.data.lang);
  let order = citationOrders.get(article.id);
  if (!order) citationOrders.set(article.id, (order = citationOrder(article.body ?? '', data, article.data.lang)));
  return order;
}

/** What an article shows in words: its title, standfirst, key points and body (components included). */
function articleText(article: Article): string {
  return [article.data.title, article.data.description, ...article.data.keyPoints, article.body ?? ''].join('\n');
}

/**
 * For each person and each state, the published articles of `lang` that mention them, newest
 * first (see `mentionIndex`): the who's who and country pages link them.
 */
export async function articleMentions(lang: Lang, data: Pick<CitableData, 'people' | 'countries'>): Promise<MentionIndex<Article>> {
  return mentionIndex(publishedArticles(await getLiveArticles(), lang), data, lang, articleText);
}
