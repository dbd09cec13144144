import { describe, expect, it } from 'vitest';
import type { Country, Organisation, TimelineEvent } from '../../src/lib/content/schema.ts';
import {
  countryEventsAfter,
  countrySummitDayEvents,
  latestEvents,
  offerRows,
  offerSources,
  personEventsAfter,
  personSummitDayEvents,
  statesPerLevel,
} from '../../src/lib/places.ts';
import { countries, people, timeline } from '../support/sample-data.ts';

const offer = (text: string, sources: string[]) => ({ text: { fr: `${text} (fr)`, en: text }, sources });
const withOffers: Country[] = [
  { ...countries[0]!, offer: offer('troops', ['afp', 'elysee']) },
  countries[1]!,
  { ...countries[2]!, offer: offer('maritime role', ['aa', 'afp']) },
  ...countries.slice(3),
];
const organisations: Organisation[] = [
  {
    id: 'eu',
    name: { fr: 'Union européenne', en: 'European Union' },
    shortName: { fr: 'UE', en: 'EU' },
    sources: ['ep'],
    offer: offer('loan', ['alexa']),
  },
  { id: 'nato', name: { fr: 'OTAN', en: 'NATO' }, shortName: { fr: 'OTAN', en: 'NATO' }, sources: ['ep'] },
];

const event = (id: string, date: string, en: string, sources: string[], order?: number): TimelineEvent => ({
  id,
  date,
  text: { fr: `${en} (fr)`, en },
  notes: [],
  sources,
  people: [],
  articles: [],
  ...(order === undefined ? {} : { order }),
});
const events: TimelineEvent[] = [
  ...timeline,
  event('visit', '2026-03-13', 'Emmanuel Macron receives Volodymyr Zelensky', ['reuters']),
  event('briefing', '2026-01-08', 'Emmanuel Macron briefs party leaders', ['afp'], 1),
  event('strike', '2026-01-08', 'Macron, Merz and Starmer condemn the strike', ['pr'], 2),
  event('eve', '2026-01-05', 'Emmanuel Macron prepares the summit', ['ep']),
];

describe('offers (who offers what)', () => {
  it('lists the states with an offer in the order of their entries, then the organisations with one, named in the language asked', () => {
    expect(offerRows(withOffers, organisations, 'fr').map((row) => [row.kind, row.id, row.name, row.offer.text.fr])).toEqual([
      ['country', 'FR', 'France', 'troops (fr)'],
      ['country', 'TR', 'Turquie', 'maritime role (fr)'],
      ['organisation', 'eu', 'Union européenne', 'loan (fr)'],
    ]);
    expect(offerRows(withOffers, organisations, 'en').map((row) => row.name)).toEqual(['France', 'Türkiye', 'European Union']);
  });

  it('cites the offers’ sources row by row, each once', () => {
    expect(offerSources(withOffers, organisations)).toEqual(['afp', 'elysee', 'aa', 'alexa']);
    expect(offerSources(countries, [])).toEqual([]);
  });
});

describe('after the summit', () => {
  it('gives the events a state lists, oldest first and in the day’s order, whatever the order listed', () => {
    const france = { ...countries[0]!, after: ['visit', 'strike', 'briefing'] };
    expect(countryEventsAfter(france, events).map((e) => e.id)).toEqual(['briefing', 'strike', 'visit']);
    expect(countryEventsAfter(countries[1]!, events)).toEqual([]);
  });

  it('gives the events after the summit that name a person in full, in the language asked', () => {
    const macron = people[0]!;
    expect(personEventsAfter(macron, events, '2026-01-06', 'en').map((e) => e.id)).toEqual(['briefing', 'visit']);
    expect(personEventsAfter(macron, events, '2026-01-06', 'fr').map((e) => e.id)).toEqual(['briefing', 'visit']);
    expect(personEventsAfter(people[1]!, events, '2026-01-06', 'en')).toEqual([]);
  });
});

describe('the summit’s day', () => {
  const withPeople = (base: TimelineEvent, ids: string[]): TimelineEvent => ({ ...base, people: ids });
  const day: TimelineEvent[] = [
    ...events,
    event('conference', '2026-01-06', 'Zelensky names Türkiye and Japan', ['ep'], 3),
    {
      ...event('intent', '2026-01-06', 'France and the UK sign', ['afp'], 2),
      text: { fr: 'La France et le Royaume-Uni signent', en: 'Two states sign' },
    },
    withPeople(event('breakfast', '2026-01-06', 'A breakfast', ['fig'], 1), ['macron', 'witkoff']),
    event('later', '2026-01-07', 'Japan again', ['ep']),
  ];
  const state = (id: string) => countries.find((country) => country.id === id)!;

  it('gives a state the day’s events that name it in either language or list one of its representatives, in the day’s order', () => {
    expect(countrySummitDayEvents(state('FR'), day, '2026-01-06').map((e) => e.id)).toEqual(['breakfast', 'intent']);
    expect(countrySummitDayEvents(state('TR'), day, '2026-01-06').map((e) => e.id)).toEqual(['conference']);
    expect(countrySummitDayEvents(state('JP'), day, '2026-01-06').map((e) => e.id)).toEqual(['conference']);
    expect(countrySummitDayEvents(state('US'), day, '2026-01-06').map((e) => e.id)).toEqual(['breakfast']);
    expect(countrySummitDayEvents(state('DE'), day, '2026-01-06')).toEqual([]);
  });

  it('gives a person the day’s events that list them or name them in full, and none of another day', () => {
    const [macron, fidan, witkoff] = people;
    expect(personSummitDayEvents(witkoff!, day, '2026-01-06').map((e) => e.id)).toEqual(['breakfast']);
    expect(personSummitDayEvents(macron!, day, '2026-01-06').map((e) => e.id)).toEqual(['breakfast']);
    expect(personSummitDayEvents(fidan!, day, '2026-01-06')).toEqual([]);
    // 'strike' names him only as "Macron".
    expect(personSummitDayEvents(macron!, day, '2026-01-08').map((e) => e.id)).toEqual(['briefing']);
  });
});

describe('counts by level', () => {
  it('counts the named member states at each level, leaving out non-members', () => {
    // The US (non-member, envoy level) is not counted.
    expect(statesPerLevel(countries)).toEqual({ leader: 2, minister: 1, envoy: 0, 'not-given': 1 });
  });
});

describe('latestEvents', () => {
  it('keeps the most recent entries and names the first of the others, where the timeline link lands', () => {
    expect(latestEvents(['a', 'b', 'c', 'd', 'e'])).toEqual({ latest: ['c', 'd', 'e'], earliest: 'a', total: 5 });
    expect(latestEvents(['a', 'b', 'c', 'd'], 2)).toEqual({ latest: ['c', 'd'], earliest: 'a', total: 4 });
  });

  it('shows them all, with no landing entry, when there are few', () => {
    expect(latestEvents(['a', 'b', 'c'])).toEqual({ latest: ['a', 'b', 'c'], earliest: undefined, total: 3 });
    expect(latestEvents([])).toEqual({ latest: [], earliest: undefined, total: 0 });
  });

  it('shows them all rather than hide a single entry', () => {
    expect(latestEvents(['a', 'b', 'c', 'd'])).toEqual({ latest: ['a', 'b', 'c', 'd'], earliest: undefined, total: 4 });
    expect(latestEvents(['a', 'b', 'c'], 2)).toEqual({ latest: ['a', 'b', 'c'], earliest: undefined, total: 3 });
  });
});
