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

/**
 * The source ids an article cites, in the order of their first citation (see `citationOrder`),
 * for the sources pages; the article page numbers its citations as it renders them.
 */
export function articleCitationOrder(article: Article, data: CitableData): string[] {
  return citationOrder(article.body ?? '', data, article.data.lang);
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
