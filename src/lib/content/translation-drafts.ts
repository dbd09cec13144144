/**
 * An article and its translation go out together: one left in draft while the other is published
 * would send readers of the language switch to a page that does not exist.
 */
import type { Problem } from './problem.ts';
import type { ArticleData } from './schema.ts';

/** The part of an article this check reads. */
export interface PairedArticle {
  file: string;
  data: Pick<ArticleData, 'lang' | 'translationKey' | 'draft'>;
}

/** Each draft article whose translation (same `translationKey`) is published. */
export function translationDraftProblems(articles: readonly PairedArticle[]): Problem[] {
  const byKey = Map.groupBy(articles, (article) => article.data.translationKey);
  return articles.flatMap((article) => {
    if (!article.data.draft) return [];
    const published = (byKey.get(article.data.translationKey) ?? []).filter((other) => !other.data.draft);
    return published.map((other) => ({
      file: article.file,
      field: 'frontmatter.draft',
      value: true,
      message: `a draft, while its ${other.data.lang} translation ${other.file} is published: publish both or neither`,
    }));
  });
}
