import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/lib/content/schema.ts';
import { articleEntry } from '../support/article-entry.ts';
import { correctionsLog } from '../../src/lib/corrections-log.ts';

const entry = (id: string, data: Partial<ArticleData> = {}) => articleEntry(id, data);

const fix = (date: string, note: string) => ({ date, note });

describe('correctionsLog', () => {
  const lead = entry('fr/essentiel', {
    homeOrder: 1,
    corrections: [fix('2026-12-07', 'lead A'), fix('2026-11-02', 'lead old'), fix('2026-12-07', 'lead B')],
  });
  const second = entry('fr/contexte', { homeOrder: 2, corrections: [fix('2026-12-07', 'second A')] });
  const newer = entry('fr/suite', { published: '2026-02-01', homeOrder: 3, corrections: [fix('2026-11-02', 'newer old')] });
  const clean = entry('fr/propre', { homeOrder: 4 });
  const draft = entry('fr/brouillon', { draft: true, corrections: [fix('2026-12-20', 'draft')] });
  const english = entry('en/at-a-glance', { lang: 'en', corrections: [fix('2026-12-08', 'en A'), fix('2026-12-07', 'en B')] });
  const all = [second, clean, english, draft, lead, newer];

  it('groups one language’s corrections by date, newest first, then by article, each article’s notes in its order', () => {
    expect(correctionsLog(all, 'fr')).toEqual([
      {
        date: '2026-12-07',
        articles: [
          { article: lead, notes: ['lead A', 'lead B'] },
          { article: second, notes: ['second A'] },
        ],
      },
      {
        date: '2026-11-02',
        // The articles of a day in the site's order: the newest article first.
        articles: [
          { article: newer, notes: ['newer old'] },
          { article: lead, notes: ['lead old'] },
        ],
      },
    ]);
  });

  it('reads each language apart and leaves drafts out', () => {
    expect(correctionsLog(all, 'en')).toEqual([
      { date: '2026-12-08', articles: [{ article: english, notes: ['en A'] }] },
      { date: '2026-12-07', articles: [{ article: english, notes: ['en B'] }] },
    ]);
    expect(correctionsLog(all, 'fr').flatMap((day) => day.articles.map(({ article }) => article))).not.toContain(draft);
  });

  it('is empty when no article has a correction', () => {
    expect(correctionsLog([clean], 'fr')).toEqual([]);
  });
});
