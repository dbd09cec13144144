import { describe, expect, it } from 'vitest';
import { citationAnchor, citationOrder, countryPageSources, sourceAnchor, timelineSources } from '../../src/lib/citations.ts';
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
