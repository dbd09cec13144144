import { findComponents, listValues, type ComponentTag } from './content/mdx-scan.ts';
import { comparedCounts } from './count-comparison.ts';
import type { Annotation, Country, Lang, Level, Organisation, Person, ReportedCount, TimelineEvent } from './content/schema.ts';
import { delegations, type Delegation } from './delegations.ts';
import { countryEventsAfter, offerSources, personEventsAfter } from './places.ts';
import { eventsBetween } from './timeline.ts';

/** The collections that data components read, and so cite. */
export interface CitableData {
  people: readonly Person[];
  countries: readonly Country[];
  organisations: readonly Organisation[];
  counts: readonly ReportedCount[];
  timeline: readonly TimelineEvent[];
}

type Sourced = { sources: readonly string[] };

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** The sources of the notes an entry carries, in their order. */
function noteSources(notes: readonly Sourced[]): string[] {
  return notes.flatMap((note) => note.sources);
}

/** The sources a dated or counted entry cites: its own, then those of its notes, without repeats. */
function entrySources(entry: Sourced & { notes?: readonly Sourced[] }): string[] {
  return unique([...entry.sources, ...noteSources(entry.notes ?? [])]);
}

/** The sources a timeline shows, event by event, oldest first (optionally between two dates). */
export function timelineSources(events: readonly TimelineEvent[], from?: string, to?: string): string[] {
  return eventsBetween(events, from, to).flatMap(entrySources);
}

/**
 * The sources of a person's card, in the order it shows its claims: the role, the presence
 * ("X attended" cites only the presence evidence), then the notes.
 */
export function personCardSources(person: Person): string[] {
  return unique([...person.roleSources, ...person.presence.sources, ...noteSources(person.notes)]);
}

/**
 * The sources of a state's own claims, in the order shown: its level of representation, its
 * co-chairing, its standing in the coalition (where a source states one), then its notes.
 */
export function countrySources(country: Country): string[] {
  return unique([
    ...country.levelSources,
    ...(country.coChair?.sources ?? []),
    ...(country.membership?.sources ?? []),
    ...noteSources(country.notes),
  ]);
}

/**
 * The sources of one roster row (`<CountryList>`), in the order it shows them: the state's level,
 * its co-chairing, each representative's presence evidence, then the state's notes.
 */
export function rosterRowSources(delegation: Delegation): string[] {
  const { country, representatives } = delegation;
  return unique([
    ...country.levelSources,
    ...(country.coChair?.sources ?? []),
    ...representatives.flatMap((person) => person.presence.sources),
    ...noteSources(country.notes),
  ]);
}

/** A country's named representatives, in the order of its entry. */
export function representativesOf(country: Country, people: readonly Person[]): Person[] {
  return country.representatives.flatMap((id) => people.find((person) => person.id === id) ?? []);
}

/**
 * The notes a country's page shows beside the state's own claims: its notes, less those that a
 * representative's card shows too (Finland's dispute over who represented it is on both entries,
 * and printed once).
 */
export function countryPageNotes(country: Country, people: readonly Person[]): Annotation[] {
  const onCards = new Set(representativesOf(country, people).flatMap((person) => person.notes.map((note) => note.text.en)));
  return country.notes.filter((note) => !onCards.has(note.text.en));
}

/**
 * The sources a country's page cites, in the order it shows them: what the summit meant for the
 * state (its lead), the state's own claims, its offer at the summit, its representatives' cards,
 * then what it did afterwards (its timeline events).
 */
export function countryPageSources(country: Country, people: readonly Person[], timeline: readonly TimelineEvent[]): string[] {
  const shown = { ...country, notes: countryPageNotes(country, people) };
  return unique([
    ...country.lead.flatMap((sentence) => sentence.sources),
    ...countrySources(shown),
    ...(country.offer?.sources ?? []),
    ...representativesOf(country, people).flatMap(personCardSources),
    ...countryEventsAfter(country, timeline).flatMap(entrySources),
  ]);
}

/** The sources of a key actor's "why they matter" line; none for anyone else. */
export function keyActorSources(person: Person): string[] {
  return person.keyActor?.sources ?? [];
}

/**
 * The sources a person's page cites, in the order it shows its claims: why they matter (for a
 * key actor), the card's claims, their recorded statements, then the timeline's events after the
 * summit (`summitDate`) that name them.
 */
export function personPageSources(person: Person, timeline: readonly TimelineEvent[], summitDate: string, lang: Lang): string[] {
  return unique([
    ...keyActorSources(person),
    ...personCardSources(person),
    ...person.statements.flatMap((statement) => statement.sources),
    ...personEventsAfter(person, timeline, summitDate, lang).flatMap(entrySources),
  ]);
}

/**
 * The sources one MDX component cites when it renders, in the order it shows them:
 * `<Cite>` and `<PullQuote>` name theirs; data components cite the entries they display.
 */
function sourcesCitedBy(tag: ComponentTag, data: CitableData, lang: Lang): string[] {
  const attr = (name: string): string | undefined => tag.attributes.get(name);
  switch (tag.component) {
    case 'Cite':
      return [attr('id') ?? ''];
    case 'PullQuote':
      return [attr('source') ?? ''];
    case 'CountComparison':
      return comparedCounts(data.counts, listValues(attr('measures') ?? '')).flatMap((group) =>
        group.counts.flatMap((count) => count.sources),
      );
    case 'PersonCard': {
      const person = data.people.find((p) => p.id === attr('id'));
      return person ? personCardSources(person) : [];
    }
    case 'CountryList':
      return delegations(data.countries, data.people, lang, attr('level') as Level | undefined).flatMap(rosterRowSources);
    case 'Timeline':
      return timelineSources(data.timeline, attr('from'), attr('to'));
    case 'OffersTable':
      return offerSources(data.countries, data.organisations);
    default:
      return [];
  }
}

/** The source ids an article cites, in the order of their first citation (its numbered source list). */
export function citationOrder(body: string, data: CitableData, lang: Lang): string[] {
  return [...new Set(findComponents(body).flatMap((tag) => sourcesCitedBy(tag, data, lang)))].filter(Boolean);
}

/** The anchor id of a source in an article's source list. */
export function sourceAnchor(sourceId: string): string {
  return `source-${sourceId}`;
}

/** The anchor id of the n-th citation (1-based) of a source in the text. */
export function citationAnchor(sourceId: string, occurrence: number): string {
  return `cite-${sourceId}-${occurrence}`;
}
