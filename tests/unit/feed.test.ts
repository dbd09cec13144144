import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/lib/content/schema.ts';
import { feedItem } from '../../src/lib/feed.ts';

const data: ArticleData = {
  title: 'Titre',
  description: 'Chapô.',
  lang: 'fr',
  translationKey: 'overview',
  published: '2026-11-25',
  factsAsOf: '2026-03-22',
  topic: 'overview',
  homeOrder: 1,
  keyPoints: ['p'],
  corrections: [],
  draft: false,
};

describe('feedItem', () => {
  it('links to the article under the base path, dated from its publication', () => {
    const item = feedItem({ id: 'fr/essentiel', data }, '/explainer/', 'Mis à jour le');
    expect(item).toEqual({
      title: 'Titre',
      link: '/explainer/articles/essentiel/',
      pubDate: new Date('2026-11-25T00:00:00Z'),
      description: 'Chapô.',
    });
  });

  it('adds the update date and the correction notes', () => {
    const corrected = { ...data, updated: '2026-11-27', corrections: [{ date: '2026-11-27', note: 'Floride, pas Washington.' }] };
    expect(feedItem({ id: 'fr/essentiel', data: corrected }, '/', 'Mis à jour le').description).toBe(
      'Chapô. Mis à jour le 27 novembre 2026. 27 novembre 2026 — Floride, pas Washington.',
    );
  });
});
