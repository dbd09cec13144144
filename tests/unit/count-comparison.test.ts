import { describe, expect, it } from 'vitest';
import { barShare, comparedCounts, figureReporters, reporters } from '../../src/lib/count-comparison.ts';
import type { ReportedCount, Source } from '../../src/lib/content/schema.ts';
import { counts } from '../support/sample-data.ts';

const source = (id: string, extra: Partial<Source> = {}): [string, Source] => [
  id,
  { id, publisher: `Publisher ${id}`, url: `https://example.org/${id}`, language: 'en', kind: 'press', ...extra },
];

describe('comparedCounts', () => {
  it('groups counts by the measures named, in their order, leaving out empty and unknown measures', () => {
    const groups = comparedCounts(counts, ['leader-level-states', 'organisations', 'no-such-measure', 'states']);
    expect(groups.map((group) => [group.measure, group.counts.map((count) => count.id)])).toEqual([
      ['leader-level-states', ['leaders-ep']],
      ['states', ['states-afp']],
    ]);
  });
});

describe('reporters', () => {
  it('names the relayed outlet first, then the relay; an institution in the reader’s language', () => {
    const sources = new Map([
      source('afp', { relays: 'AFP', publisher: 'The Moscow Times' }),
      source('ua', { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } }),
    ]);
    const count = { ...counts[0]!, sources: ['afp', 'ua'] };
    expect(reporters(count, sources, 'en', 'via')).toEqual(['AFP (via The Moscow Times)', 'President of Ukraine']);
    expect(reporters(count, sources, 'fr', 'via')).toEqual(['AFP (via The Moscow Times)', 'Présidence de l’Ukraine']);
  });
});

describe('figureReporters', () => {
  it('names once each outlet that gave exactly this figure for this measure, by its first source', () => {
    const sources = new Map([
      source('afp', { relays: 'AFP', publisher: 'The Moscow Times' }),
      source('ep', { publisher: 'European Pravda' }),
      source('ua', { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } }),
      source('unn', { publisher: 'UNN' }),
    ]);
    const count = (id: string, measure: ReportedCount['measure'], figure: number, ids: string[]): ReportedCount => ({
      id,
      measure,
      figure,
      what: { fr: id, en: id },
      sources: ids,
    });
    const all = [
      count('ep', 'leader-level-states', 27, ['ep']),
      count('afp', 'leader-level-states', 27, ['afp']),
      count('afp-again', 'leader-level-states', 27, ['afp', 'ep']),
      count('ua', 'leader-level-states', 27, ['ua', 'unn']),
      count('expected', 'leaders-expected', 27, ['unn']),
      count('other', 'leader-level-states', 26, ['unn']),
    ];
    expect(figureReporters(all, 'leader-level-states', 27, sources, 'fr')).toEqual(['European Pravda', 'AFP', 'Présidence de l’Ukraine']);
    expect(figureReporters(all, 'leader-level-states', 27, sources, 'en')).toEqual(['European Pravda', 'AFP', 'President of Ukraine']);
    expect(figureReporters(all, 'states', 35, sources, 'en')).toEqual([]);
  });
});

describe('barShare', () => {
  it('gives a figure’s share of the largest, in per cent to one decimal', () => {
    expect(barShare(35, 35)).toBe(100);
    expect(barShare(27, 35)).toBe(77.1);
    expect(barShare(3, 0)).toBe(0);
  });
});
