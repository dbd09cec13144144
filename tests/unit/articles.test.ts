import { describe, expect, it } from 'vitest';
import { articleSlug, findTranslation, publishedArticles, type ArticleEntry } from '../../src/lib/articles.ts';
import type { ArticleData } from '../../src/lib/content/schema.ts';

function entry(id: string, data: Partial<ArticleData>): ArticleEntry {
  return {
    id,
    data: {
      title: id,
      description: 'd',
      lang: 'fr',
      translationKey: 'k',
      published: '2026-01-07',
      topic: 'overview',
      keyPoints: ['p'],
      sources: ['seed'],
      corrections: [],
      draft: false,
      ...data,
    },
  };
}

describe('articles', () => {
  it('takes the slug from the file name', () => {
    expect(articleSlug('fr/essentiel')).toBe('essentiel');
    expect(articleSlug('at-a-glance')).toBe('at-a-glance');
  });

  it('lists one language without drafts, newest first', () => {
    const entries = [
      entry('fr/old', { published: '2026-01-07' }),
      entry('fr/draft', { published: '2026-02-01', draft: true }),
      entry('en/new', { lang: 'en', published: '2026-03-01' }),
      entry('fr/new', { published: '2026-03-01' }),
    ];
    expect(publishedArticles(entries, 'fr').map((e) => e.id)).toEqual(['fr/new', 'fr/old']);
  });

  it('finds the translation through the translationKey', () => {
    const fr = entry('fr/essentiel', { translationKey: 'overview' });
    const en = entry('en/at-a-glance', { lang: 'en', translationKey: 'overview' });
    const other = entry('en/other', { lang: 'en', translationKey: 'context' });
    expect(findTranslation([fr, other, en], fr, 'en')).toBe(en);
    expect(findTranslation([fr, other], fr, 'en')).toBeUndefined();
  });
});
