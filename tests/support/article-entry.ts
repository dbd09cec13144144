import type { ArticleEntry } from '../../src/lib/articles.ts';
import type { ArticleData } from '../../src/lib/content/schema.ts';

/** An article entry for unit tests: a live French article named by `id`, with `data` over its defaults. */
export function articleEntry(id: string, data: Partial<ArticleData> = {}): ArticleEntry {
  return {
    id,
    data: {
      title: id,
      description: 'd',
      lang: 'fr',
      translationKey: id,
      published: '2026-01-07',
      factsAsOf: '2026-01-07',
      topic: 'overview',
      homeOrder: 1,
      keyPoints: ['p'],
      corrections: [],
      draft: false,
      ...data,
    },
  };
}
