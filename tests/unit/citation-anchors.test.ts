import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { citationAnchorProblems } from '../support/citation-anchors.ts';

const cite = (source: string, occurrence: number, number = 1): string =>
  `<sup class="cite" id="cite-${source}-${occurrence}"><a href="#source-${source}">[${number}]</a></sup>`;
const list = (...sources: string[]): string =>
  `<section class="sources"><ol>${sources.map((s) => `<li id="source-${s}">${s}</li>`).join('')}</ol></section>`;

describe('citationAnchorProblems', () => {
  it('accepts each source counted up from 1 in document order, sources interleaved', () => {
    expect(
      citationAnchorProblems(
        load(
          `<p>${cite('a', 1)} ${cite('b-2026-01-06', 1, 2)} ${cite('a', 2)} ${cite('b-2026-01-06', 2, 2)}</p>${list('a', 'b-2026-01-06')}`,
        ),
      ),
    ).toEqual([]);
  });

  it('names a source whose citations were numbered out of document order', () => {
    expect(citationAnchorProblems(load(`<p>${cite('a', 2)} ${cite('a', 1)}</p>`))).toEqual([
      'citations of a are numbered 2, 1 in document order, expected 1 to 2',
    ]);
  });

  it('names a source whose number does not follow reading order, and a source list in another order', () => {
    expect(citationAnchorProblems(load(`<p>${cite('a', 1, 2)} ${cite('b', 1, 1)}</p>${list('b', 'a')}`))).toEqual([
      'source a first appears as [2], expected [1] in reading order',
      'source b first appears as [1], expected [2] in reading order',
      'the source list reads b, a, the text numbers a, b',
    ]);
  });
});
