/** Article entries from the content layer, as the pages use them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationOrder, type CitableData } from '../lib/citations.ts';

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
