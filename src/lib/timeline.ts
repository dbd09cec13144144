import type { Annotation, TimelineEvent } from './content/schema.ts';

/**
 * The events between two dates (inclusive; either may be omitted), oldest first; events of the
 * same date by their `order`. Dates compare as text, so a month-only date (`2025-07`) sorts
 * before the days of that month.
 */
export function eventsBetween(events: readonly TimelineEvent[], from?: string, to?: string): TimelineEvent[] {
  return events
    .filter((event) => (from === undefined || event.date >= from) && (to === undefined || event.date.slice(0, to.length) <= to))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.order ?? 0) - (b.order ?? 0));
}

/** The last `limit` events dated after `date` (YYYY-MM-DD), oldest first: what followed it, as far as the record goes. */
export function latestEventsAfter(events: readonly TimelineEvent[], date: string, limit: number): TimelineEvent[] {
  return eventsBetween(events)
    .filter((event) => event.date > date)
    .slice(-limit);
}

/**
 * The first sentence of an entry's text, for a one-line teaser: up to the first full stop (or ! ?),
 * closing quote included, followed by a space and a capital letter; the whole text when it is one sentence.
 */
export function firstSentence(text: string): string {
  const end = /[.!?][»”’"]?(?=\s+[\p{Lu}«“"])/u.exec(text);
  return end ? text.slice(0, end.index + end[0].length) : text;
}

/** The anchor of a timeline entry on the timeline page: its id, which the home page's teaser links to. */
export function entryAnchor(id: string): string {
  return `entry-${id}`;
}

/**
 * A page's selection of events with the note saying where our record stops taken out of its entry:
 * the `unknown` notes of the timeline's latest event. On the timeline page that note closes the
 * whole record; under a person's or a country's list it reads as a note on one of their events, so
 * those pages show it once, after the list (`recordEnd`, empty when the selection stops earlier).
 */
export function withRecordEndApart(
  events: readonly TimelineEvent[],
  timeline: readonly TimelineEvent[],
): { events: TimelineEvent[]; recordEnd: Annotation[] } {
  const latest = eventsBetween(timeline).at(-1);
  const recordEnd = events.some((event) => event.id === latest?.id) ? (latest?.notes.filter((note) => note.kind === 'unknown') ?? []) : [];
  return {
    events: events.map((event) =>
      event.id === latest?.id ? { ...event, notes: event.notes.filter((note) => !recordEnd.includes(note)) } : event,
    ),
    recordEnd,
  };
}

/** A month of the timeline (`YYYY-MM`), its number of events and the first of them, where a jump link lands. */
export interface TimelineMonth {
  month: string;
  count: number;
  firstEventId: string;
}

/** The months of `events` (taken in the order given), each with its number of events and its first event. */
export function timelineMonths(events: readonly Pick<TimelineEvent, 'id' | 'date'>[]): TimelineMonth[] {
  const months = new Map<string, TimelineMonth>();
  for (const event of events) {
    const month = event.date.slice(0, 7);
    const entry = months.get(month);
    if (entry) entry.count += 1;
    else months.set(month, { month, count: 1, firstEventId: event.id });
  }
  return [...months.values()];
}

/** The anchor of a month of the timeline: `month-2026-01`. */
export function monthAnchor(month: string): string {
  return `month-${month}`;
}

/** The anchor of the summit's day on the timeline (its first event's date line). */
export const SUMMIT_DAY_ANCHOR = 'summit-day';

/** An article a timeline entry links to, in the page's language. */
export interface ArticleLink {
  title: string;
  href: string;
}

/**
 * For each event, whether it links its articles: not when the event just before it links the same
 * ones, so a run of entries told by one article names it once, at the first.
 */
export function linksItsArticles(events: readonly Pick<TimelineEvent, 'articles'>[]): boolean[] {
  return events.map((event, index) => {
    const before = events[index - 1]?.articles;
    return event.articles.length > 0 && (before === undefined || before.join(' ') !== event.articles.join(' '));
  });
}
