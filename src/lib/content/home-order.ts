/**
 * The home page lists the articles of a language by `homeOrder` (1 = the lead): two articles of
 * one language may not share a place, and an article and its translation take the same place, so
 * both home pages tell the story in the same order.
 */
import type { Problem } from './problem.ts';
import { LANGS, type ArticleData } from './schema.ts';

/** The part of an article this check reads. */
export interface OrderedArticle {
  file: string;
  data: Pick<ArticleData, 'lang' | 'translationKey' | 'homeOrder'>;
}

/** Each article that takes the place of another of its language, or a place other than its translation's. */
export function homeOrderProblems(articles: readonly OrderedArticle[]): Problem[] {
  const problem = (article: OrderedArticle, message: string): Problem => ({
    file: article.file,
    field: 'frontmatter.homeOrder',
    value: article.data.homeOrder,
    message,
  });
  const problems: Problem[] = [];
  const byPlace = new Map<string, OrderedArticle>();
  for (const article of articles) {
    const place = `${article.data.lang} ${article.data.homeOrder}`;
    const first = byPlace.get(place);
    if (first === undefined) byPlace.set(place, article);
    else
      problems.push(problem(article, `the same place on the ${article.data.lang} home page as ${first.file}: give each article its own`));
  }
  // Each translation is compared with the article in the reference language (French, first of LANGS).
  const byLang = (a: OrderedArticle, b: OrderedArticle) => LANGS.indexOf(a.data.lang) - LANGS.indexOf(b.data.lang);
  for (const pair of Map.groupBy(articles, (article) => article.data.translationKey).values()) {
    const [first, ...others] = pair.toSorted(byLang);
    for (const other of others) {
      if (first && other.data.lang !== first.data.lang && other.data.homeOrder !== first.data.homeOrder) {
        problems.push(
          problem(
            other,
            `differs from its ${first.data.lang} translation ${first.file} (${first.data.homeOrder}): an article and its translation take the same place`,
          ),
        );
      }
    }
  }
  return problems;
}
