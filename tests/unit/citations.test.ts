import { describe, expect, it } from 'vitest';
import {
  citationAnchor,
  citationOrder,
  countryPageSources,
  keyActorSources,
  personCardSources,
  personPageSources,
  rosterRowSources,
  sourceAnchor,
  timelineSources,
} from '../../src/lib/citations.ts';
import { delegations } from '../../src/lib/delegations.ts';
import type { TimelineEvent } from '../../src/lib/content/schema.ts';
import { countries, people, sampleData, timeline } from '../support/sample-data.ts';

describe('citationOrder', () => {
  it('numbers sources in the order of their first citation', () => {
    const body = 'A <Cite id="b" />. B <Cite id="a" /> and <Cite id="b" />. <PullQuote speaker="macron" source="c">x</PullQuote>';
    expect(citationOrder(body, sampleData, 'fr')).toEqual(['b', 'a', 'c']);
  });

  it('includes the sources that data components show, in the order they show them', () => {
    // A person card cites the role's sources, then the presence evidence.
    expect(citationOrder('<CountComparison measures="leader-level-states" /> <PersonCard id="macron" />', sampleData, 'fr')).toEqual([
      'ep',
      'elysee',
      'afp',
    ]);
    // A comparison cites its counts measure by measure, in the order its attribute names them.
    expect(citationOrder('<CountComparison measures="leader-level-states states" />', sampleData, 'fr')).toEqual(['ep', 'afp']);
    // Germany (Allemagne) sorts before France in French; a row cites the level, the co-chairing,
    // then each representative's presence evidence; the US (non-member) is not listed.
    expect(citationOrder('<CountryList level="leader" />', sampleData, 'fr')).toEqual(['ep', 'elysee', 'afp']);
    expect(citationOrder('<CountryList />', sampleData, 'en')).toEqual(['ep', 'elysee', 'afp', 'unn', 'unn2', 'aa']);
    expect(citationOrder('<Timeline from="2025-07" />', sampleData, 'fr')).toEqual(['gzh', 'elysee']);
  });

  it('names anchors after the source id', () => {
    expect(sourceAnchor('afp')).toBe('source-afp');
    expect(citationAnchor('afp', 2)).toBe('cite-afp-2');
  });
});

describe('page sources', () => {
  it('gives a timeline’s sources oldest first and a country page’s sources with its representatives’', () => {
    expect(timelineSources(timeline)).toEqual(['pravda', 'gzh', 'elysee']);
    // France: its level (ep), its co-chairing (elysee), then Macron's card: role (elysee), presence (afp, elysee).
    expect(countryPageSources(countries[0]!, people, timeline)).toEqual(['ep', 'elysee', 'afp']);
  });

  it('keeps each claim’s evidence apart: a roster row cites the level, then each person’s presence only', () => {
    const [france] = delegations(countries, people, 'fr', 'leader').filter((d) => d.country.id === 'FR');
    expect(rosterRowSources(france!)).toEqual(['ep', 'elysee', 'afp']);
    const turkey = {
      ...delegations(countries, people, 'fr', 'minister')[0]!,
      representatives: [{ ...people[1]!, roleSources: ['role-only'] }],
    };
    expect(rosterRowSources(turkey)).not.toContain('role-only');
    expect(personCardSources(turkey.representatives[0]!)).toEqual(['role-only', 'aa']);
  });
});

describe('key actors', () => {
  const macron = { ...people[0]!, keyActor: { why: { fr: 'hôte', en: 'host' }, sources: ['why', 'elysee'] } };

  it('cites exactly the sources of the line on why a person matters, and nothing for anyone else', () => {
    expect(keyActorSources(macron)).toEqual(['why', 'elysee']);
    expect(keyActorSources(people[1]!)).toEqual([]);
  });

  it('lists a person page’s line before the card’s claims', () => {
    // The line (why, elysee), then the role (elysee) and the presence (afp, elysee).
    expect(personPageSources(macron, timeline, '2026-01-06', 'fr')).toEqual(['why', 'elysee', 'afp']);
    expect(personPageSources(people[0]!, timeline, '2026-01-06', 'fr')).toEqual(['elysee', 'afp']);
  });
});

describe('place pages', () => {
  const briefing: TimelineEvent = {
    id: 'briefing',
    date: '2026-01-08',
    text: { fr: 'Emmanuel Macron reçoit les partis', en: 'Emmanuel Macron briefs the parties' },
    notes: [{ kind: 'disputed', text: { fr: 'chiffre', en: 'figure' }, sources: ['afp2'] }],
    sources: ['bfm'],
    people: [],
    articles: [],
  };
  const events = [...timeline, briefing];
  const france = { ...countries[0]!, offer: { text: { fr: 'offre', en: 'offer' }, sources: ['tt', 'ep'] }, after: ['briefing'] };

  it('numbers a country page’s offer after the state’s claims, then its representatives, then what it did after the summit', () => {
    // Level (ep), co-chair (elysee), offer (tt; ep already numbered), Macron's card (afp), the event (bfm) and its note (afp2).
    expect(countryPageSources(france, people, events)).toEqual(['ep', 'elysee', 'tt', 'afp', 'bfm', 'afp2']);
  });

  it('numbers a country page’s lead first, sentence by sentence', () => {
    const led = {
      ...france,
      lead: [
        { text: { fr: 'un', en: 'one' }, sources: ['decl', 'ep'] },
        { text: { fr: 'deux', en: 'two' }, sources: ['indep'] },
      ],
    };
    expect(countryPageSources(led, people, events)).toEqual(['decl', 'ep', 'indep', 'elysee', 'tt', 'afp', 'bfm', 'afp2']);
  });

  it('numbers a person page’s timeline events after the summit last', () => {
    expect(personPageSources(people[0]!, events, '2026-01-06', 'fr')).toEqual(['elysee', 'afp', 'bfm', 'afp2']);
  });

  it('gives the sources of an article’s <OffersTable> row by row', () => {
    const data = { ...sampleData, countries: [france, ...countries.slice(1)] };
    expect(citationOrder('<OffersTable />', data, 'fr')).toEqual(['tt', 'ep']);
  });
});
