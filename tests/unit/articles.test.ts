import { describe, expect, it } from 'vitest';
import {
  articleSlug,
  homeArticles,
  latestFactsAsOf,
  latestUpdate,
  publishedArticles,
  relatedFinder,
  translationFinder,
  type ArticleEntry,
} from '../../src/lib/articles.ts';
import type { ArticleData } from '../../src/lib/content/schema.ts';
import { articleEntry } from '../support/article-entry.ts';

const entry = (id: string, data: Partial<ArticleData> = {}) => articleEntry(id, { translationKey: 'k', ...data });

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

  it('puts articles of the same day in the home page’s editorial order, the lead first, whatever their titles', () => {
    const entries = [
      entry('fr/context', { title: 'A', homeOrder: 3 }),
      entry('fr/participants', { title: 'B', homeOrder: 2 }),
      entry('fr/overview', { title: 'Z', homeOrder: 1 }),
    ];
    expect(publishedArticles(entries, 'fr').map((e) => e.id)).toEqual(['fr/overview', 'fr/participants', 'fr/context']);
  });

  it('lists the home page’s articles of one language in editorial order, whatever their dates, without drafts', () => {
    const entries = [
      entry('fr/newest', { published: '2026-03-01', homeOrder: 3 }),
      entry('fr/lead', { published: '2026-01-07', homeOrder: 1 }),
      entry('fr/draft', { homeOrder: 2, draft: true }),
      entry('en/lead', { lang: 'en', homeOrder: 1 }),
      entry('fr/second', { published: '2026-02-01', homeOrder: 2 }),
    ];
    expect(homeArticles(entries, 'fr').map((e) => e.id)).toEqual(['fr/lead', 'fr/second', 'fr/newest']);
  });

  it('gives the latest facts-as-of date of a list of articles', () => {
    expect(latestFactsAsOf([entry('a', { factsAsOf: '2026-01-08' }), entry('b', { factsAsOf: '2026-03-22' })])).toBe('2026-03-22');
    expect(latestFactsAsOf([])).toBeUndefined();
  });

  it('gives the newest update of a list of articles, an article never updated counting by its publication', () => {
    const updated = entry('a', { published: '2026-01-07', updated: '2026-12-07' });
    const newer = entry('b', { published: '2026-12-09' });
    expect(latestUpdate([updated, entry('c', { published: '2026-11-25' })])).toBe('2026-12-07');
    expect(latestUpdate([updated, newer])).toBe('2026-12-09');
    expect(latestUpdate([])).toBeUndefined();
  });

  it('finds the translation through the translationKey', () => {
    const fr = entry('fr/essentiel', { translationKey: 'overview' });
    const en = entry('en/at-a-glance', { lang: 'en', translationKey: 'overview' });
    const other = entry('en/other', { lang: 'en', translationKey: 'context' });
    expect(translationFinder([fr, other, en])(fr, 'en')).toBe(en);
    expect(translationFinder([fr, other])(fr, 'en')).toBeUndefined();
  });
});

describe('relatedFinder', () => {
  const published = [
    entry('fr/a', { topic: 'overview', published: '2026-01-10' }),
    entry('fr/b', { topic: 'context', published: '2026-01-09' }),
    entry('fr/c', { topic: 'guarantees', published: '2026-01-08' }),
    entry('fr/d', { topic: 'context', published: '2026-01-07' }),
    entry('fr/e', { topic: 'participants', published: '2026-01-06' }),
    entry('fr/f', { topic: 'united-states', published: '2026-01-05' }),
  ];

  it('puts the same topic first, then the newest, never the article itself, at most four', () => {
    expect(relatedFinder(published)(published[3] as ArticleEntry).map((e) => e.id)).toEqual(['fr/b', 'fr/a', 'fr/c', 'fr/e']);
    expect(relatedFinder(published, 2)(published[0] as ArticleEntry).map((e) => e.id)).toEqual(['fr/b', 'fr/c']);
  });

  it('stops at the limit when the topic alone fills it, newest first', () => {
    const many = Array.from({ length: 8 }, (_, k) => entry(`fr/${k}`, { topic: 'context', published: `2026-01-${String(20 - k)}` }));
    expect(relatedFinder([...many, published[0] as ArticleEntry])(many[2] as ArticleEntry).map((e) => e.id)).toEqual([
      'fr/0',
      'fr/1',
      'fr/3',
      'fr/4',
    ]);
  });

  it('gives what there is when the language has fewer articles than the limit', () => {
    expect(relatedFinder(published.slice(0, 2))(published[0] as ArticleEntry).map((e) => e.id)).toEqual(['fr/b']);
  });
});
