import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { citationAnchorProblems } from '../support/citation-anchors.ts';

const cite = (source: string, occurrence: number): string =>
  `<sup class="cite" id="cite-${source}-${occurrence}"><a href="#source-${source}">[1]</a></sup>`;

describe('citationAnchorProblems', () => {
  it('accepts each source counted up from 1 in document order, sources interleaved', () => {
    expect(
      citationAnchorProblems(load(`<p>${cite('a', 1)} ${cite('b-2026-01-06', 1)} ${cite('a', 2)} ${cite('b-2026-01-06', 2)}</p>`)),
    ).toEqual([]);
  });

  it('names a source whose citations were numbered out of document order', () => {
    expect(citationAnchorProblems(load(`<p>${cite('a', 2)} ${cite('a', 1)}</p>`))).toEqual([
      'citations of a are numbered 2, 1 in document order, expected 1 to 2',
    ]);
  });
});
