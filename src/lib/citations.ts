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

/**
 * The markup of a numbered citation in the text: `[number]`, linking to the source in the
 * article's list, with an anchor of its own that the list links back to. Source ids are
 * lower-case slugs (the schema checks), so they need no escaping.
 */
function citationHtml(sourceId: string, number: number, occurrence: number): string {
  return `<sup class="cite" id="${citationAnchor(sourceId, occurrence)}"><a href="#${sourceAnchor(sourceId)}">[${number}]</a></sup>`;
}

/** A page's citations: the number of each cited source, and how often each has been cited so far. */
export interface CitationState {
  numbers: Map<string, number>;
  seen: Map<string, number>;
}

/**
 * The markup of the next citation of source `id` on a page: its number from the page's
 * `CitationState` (set up by the article page in `Astro.locals.citations`), and an anchor counting
 * how often the page has now cited it. What both `<Cite>` and an MDX `<Cite>` write.
 */
export function citeSource(state: CitationState | undefined, id: string): string {
  const number = state?.numbers.get(id);
  if (!state || number === undefined) throw new Error(`<Cite id="${id}">: the source is not in this article's citation list`);
  const occurrence = (state.seen.get(id) ?? 0) + 1;
  state.seen.set(id, occurrence);
  return citationHtml(id, number, occurrence);
}
