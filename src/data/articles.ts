/** Article entries from the content layer, as the pages use them. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

/** Every article that is not a draft, in both languages. */
export function getLiveArticles(): Promise<Article[]> {
  return getCollection('articles', (entry) => !entry.data.draft);
}
