/** Article entries from the content layer, as the pages use them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { publishedArticles } from '../lib/articles.ts';
import { citationOrder, type CitableData } from '../lib/citations.ts';
import { LANGS, type Lang } from '../lib/content/schema.ts';
import { memoizedByIdentity } from '../lib/memo.ts';
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
 * For each language, person and state, the published articles of that language that mention
 * them, newest first (see `mentionIndex`): the who's who and country pages link them. Made once
 * for the site's data, which both those routes ask for.
 */
export const articleMentions: (data: Pick<CitableData, 'people' | 'countries'>) => Promise<Map<Lang, MentionIndex<Article>>> =
  memoizedByIdentity(async (data) => {
    const articles = await getLiveArticles();
    return new Map(LANGS.map((lang) => [lang, mentionIndex(publishedArticles(articles, lang), data, lang, articleText)]));
  });
