import { describe, expect, it } from 'vitest';
import { citationAnchor, citationOrder, citeSource, countryPageSources, sourceAnchor, timelineSources } from '../../src/lib/citations.ts';
import { countries, people, sampleData, timeline } from '../support/sample-data.ts';

describe('citationOrder', () => {
  it('numbers sources in the order of their first citation', () => {
    const body = 'A <Cite id="b" />. B <Cite id="a" /> and <Cite id="b" />. <PullQuote speaker="macron" source="c">x</PullQuote>';
    expect(citationOrder(body, sampleData, 'fr')).toEqual(['b', 'a', 'c']);
  });

  it('includes the sources that data components show, in the order they show them', () => {
    expect(citationOrder('<CountBox id="leaders-ep" /> <PersonCard id="macron" />', sampleData, 'fr')).toEqual(['ep', 'seed', 'elysee']);
    // Germany (Allemagne) sorts before France in French; the US (non-member) is not listed.
    expect(citationOrder('<CountryList level="leader" />', sampleData, 'fr')).toEqual(['ep', 'elysee']);
    expect(citationOrder('<CountryList />', sampleData, 'en')).toEqual(['elysee', 'ep', 'unn', 'unn2', 'aa']);
    expect(citationOrder('<Timeline from="2025-07" />', sampleData, 'fr')).toEqual(['gzh', 'elysee']);
  });

  it('names anchors after the source id', () => {
    expect(sourceAnchor('seed')).toBe('source-seed');
    expect(citationAnchor('seed', 2)).toBe('cite-seed-2');
  });
});

describe('page sources', () => {
  it('gives a timeline’s sources oldest first and a country page’s sources with its representatives’', () => {
    expect(timelineSources(timeline)).toEqual(['pravda', 'gzh', 'elysee']);
    expect(countryPageSources(countries[0]!, people)).toEqual(['elysee', 'seed']);
  });
});

describe('citeSource', () => {
  it('writes the numbered link of each citation, counting the occurrences of each source', () => {
    const state = {
      numbers: new Map([
        ['seed', 1],
        ['ep', 2],
      ]),
      seen: new Map<string, number>(),
    };
    expect(citeSource(state, 'ep')).toBe('<sup class="cite" id="cite-ep-1"><a href="#source-ep">[2]</a></sup>');
    expect(citeSource(state, 'seed')).toBe('<sup class="cite" id="cite-seed-1"><a href="#source-seed">[1]</a></sup>');
    expect(citeSource(state, 'ep')).toBe('<sup class="cite" id="cite-ep-2"><a href="#source-ep">[2]</a></sup>');
  });

  it('refuses a source the page does not cite, or a page without citations', () => {
    expect(() => citeSource({ numbers: new Map(), seen: new Map() }, 'ghost')).toThrow(
      '<Cite id="ghost">: the source is not in this article',
    );
    expect(() => citeSource(undefined, 'seed')).toThrow('<Cite id="seed">');
  });
});
