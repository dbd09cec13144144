import { describe, expect, it } from 'vitest';
import { articleDateProblems, parisToday, type DatedArticle } from '../../../src/lib/content/article-dates.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';

const TODAY = '2026-12-07';

function article(data: Partial<DatedArticle['data']>): DatedArticle {
  return { file: 'a.mdx', data: { published: '2026-11-25', factsAsOf: '2026-03-22', corrections: [], ...data } };
}

const check = (data: Partial<DatedArticle['data']>, today = TODAY) => articleDateProblems([article(data)], today).map(formatProblem);

describe('articleDateProblems', () => {
  it('accepts dates in order, up to and including today', () => {
    expect(
      check({ published: '2026-11-25', updated: TODAY, factsAsOf: '2026-11-25', corrections: [{ date: '2026-11-25', note: 'n' }] }),
    ).toEqual([]);
    expect(check({ corrections: [{ date: TODAY, note: 'n' }] })).toEqual([]);
  });

  it('reports an update before publication', () => {
    expect(check({ updated: '2026-11-24' })).toEqual([
      'a.mdx › frontmatter.updated = "2026-11-24": updated 2026-11-24 is before published 2026-11-25',
    ]);
  });

  it('reports a correction before publication or after the update', () => {
    expect(
      check({
        updated: '2026-12-01',
        corrections: [
          { date: '2026-11-20', note: 'n' },
          { date: '2026-12-02', note: 'n' },
        ],
      }),
    ).toEqual([
      'a.mdx › frontmatter.corrections[0].date = "2026-11-20": correction 2026-11-20 is before published 2026-11-25',
      'a.mdx › frontmatter.corrections[1].date = "2026-12-02": correction 2026-12-02 is after updated 2026-12-01: a correction updates the article',
    ]);
  });

  it('reports a correction after today when there is no update', () => {
    expect(check({ corrections: [{ date: '2026-12-08', note: 'n' }] })).toEqual([
      'a.mdx › frontmatter.corrections[0].date = "2026-12-08": corrections[0].date 2026-12-08 is after today, 2026-12-07: a date cannot be in the future',
    ]);
  });

  it('reports every date after today', () => {
    const lines = check({ published: '2027-01-01', updated: '2027-01-02', factsAsOf: '2026-01-06' });
    expect(lines).toEqual([
      'a.mdx › frontmatter.published = "2027-01-01": published 2027-01-01 is after today, 2026-12-07: a date cannot be in the future',
      'a.mdx › frontmatter.updated = "2027-01-02": updated 2027-01-02 is after today, 2026-12-07: a date cannot be in the future',
    ]);
  });

  it('reports facts newer than the article: than its update, or its publication when never updated', () => {
    expect(check({ updated: '2026-11-30', factsAsOf: '2026-12-01' })).toEqual([
      'a.mdx › frontmatter.factsAsOf = "2026-12-01": factsAsOf 2026-12-01 is after updated 2026-11-30: the facts cannot be newer than the article',
    ]);
    expect(check({ factsAsOf: '2026-11-26' })).toEqual([
      'a.mdx › frontmatter.factsAsOf = "2026-11-26": factsAsOf 2026-11-26 is after published 2026-11-25: the facts cannot be newer than the article',
    ]);
  });
});

describe('parisToday', () => {
  it('gives the date in Paris, which is ahead of UTC late in the evening', () => {
    expect(parisToday(new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
    expect(parisToday(new Date('2026-07-01T10:00:00Z'))).toBe('2026-07-01');
  });
});
