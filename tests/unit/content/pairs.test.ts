import { describe, expect, it } from 'vitest';
import { pairDrift, sectionCount, type PairSide } from '../../../src/lib/content/pairs.ts';

const side = (extra: Partial<PairSide> = {}): PairSide => ({
  sources: ['a', 'b'],
  keyPoints: ['one', 'two'],
  body: '## One\n\ntext\n\n### Sub\n\n## Two\n',
  ...extra,
});

describe('sectionCount', () => {
  it('counts ## headings, not ### ones nor headings inside fenced code', () => {
    expect(sectionCount('## A\n### B\n```\n## not a heading\n```\n## C')).toBe(2);
  });
});

describe('pairDrift', () => {
  it('finds nothing when the two versions cite the same sources (in any order) with the same structure', () => {
    expect(pairDrift(side(), side({ sources: ['b', 'a'] }))).toEqual([]);
  });

  it('names the sources cited in one language only', () => {
    expect(pairDrift(side({ sources: ['a', 'b', 'seed'] }), side({ sources: ['a', 'b', 'pap'] }))).toEqual([
      'sources cited only in French: seed',
      'sources cited only in English: pap',
    ]);
  });

  it('reports a different number of key points or sections', () => {
    expect(pairDrift(side({ keyPoints: ['one'] }), side({ body: '## One\n' }))).toEqual([
      'key points: 1 in French, 2 in English',
      'sections (##): 2 in French, 1 in English',
    ]);
  });

  it('reports key points that do not give the same figures', () => {
    expect(pairDrift(side({ keyPoints: ['{count:a} États', 'two'] }), side({ keyPoints: ['{count:b} states', 'two'] }))).toEqual([
      'figures in the key points: a in French, b in English',
    ]);
    expect(pairDrift(side({ keyPoints: ['{count:a}', 'two'] }), side())).toEqual([
      'figures in the key points: a in French, none in English',
    ]);
  });
});
