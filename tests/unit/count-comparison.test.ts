import { describe, expect, it } from 'vitest';
import { barShare, comparedCounts, reporters } from '../../src/lib/count-comparison.ts';
import type { Source } from '../../src/lib/content/schema.ts';
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

describe('barShare', () => {
  it('gives a figure’s share of the largest, in per cent to one decimal', () => {
    expect(barShare(35, 35)).toBe(100);
    expect(barShare(27, 35)).toBe(77.1);
    expect(barShare(3, 0)).toBe(0);
  });
});
