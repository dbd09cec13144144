import { findComponents, type ComponentTag } from './content/mdx-scan.ts';
import type { Country, Lang, Level, Person, ReportedCount, TimelineEvent } from './content/schema.ts';
import { delegations } from './delegations.ts';
import { eventsBetween } from './timeline.ts';

/** The collections that data components read, and so cite. */
export interface CitableData {
  people: readonly Person[];
  countries: readonly Country[];
  counts: readonly ReportedCount[];
  timeline: readonly TimelineEvent[];
}

type Sourced = { sources: readonly string[] };

/** The sources a card of an entry cites: its own and those of the notes it carries, without repeats. */
export function entrySources(entry: Sourced & { notes?: readonly Sourced[] }): string[] {
  return [...new Set([...entry.sources, ...(entry.notes ?? []).flatMap((note) => note.sources)])];
}

/** The sources a timeline shows, event by event, oldest first (optionally between two dates). */
export function timelineSources(events: readonly TimelineEvent[], from?: string, to?: string): string[] {
  return eventsBetween(events, from, to).flatMap(entrySources);
}

/** The sources a country's page cites: the country's, then those of its representatives' cards. */
export function countryPageSources(country: Country, people: readonly Person[]): string[] {
  const representatives = country.representatives.flatMap((id) => people.find((person) => person.id === id) ?? []);
  return [...new Set([...entrySources(country), ...representatives.flatMap(entrySources)])];
}

/** The sources a person's page cites: the card's, then those of their recorded statements. */
export function personPageSources(person: Person): string[] {
  return [...new Set([...entrySources(person), ...person.statements.flatMap((statement) => statement.sources)])];
}

/**
 * The sources one MDX component cites when it renders, in the order it shows them:
 * `<Cite>` and `<PullQuote>` name theirs; data components cite the entries they display.
 */
export function sourcesCitedBy(tag: ComponentTag, data: CitableData, lang: Lang): string[] {
  const attr = (name: string): string | undefined => tag.attributes.get(name);
  switch (tag.component) {
    case 'Cite':
      return [attr('id') ?? ''];
    case 'PullQuote':
      return [attr('source') ?? ''];
    case 'CountBox':
      return data.counts.find((count) => count.id === attr('id'))?.sources ?? [];
    case 'PersonCard': {
      const person = data.people.find((p) => p.id === attr('id'));
      return person ? entrySources(person) : [];
    }
    case 'CountryList':
      return delegations(data.countries, data.people, lang, attr('level') as Level | undefined).flatMap((d) => entrySources(d.country));
    case 'Timeline':
      return timelineSources(data.timeline, attr('from'), attr('to'));
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
