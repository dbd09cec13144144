/**
 * What the country, countries-list and person pages show beyond a roster: the offers made at the
 * summit ("who offers what", read by the article's table and each country's page), what a state or
 * a person did afterwards (events of the timeline), and the named states counted by level.
 */
import type { Country, Lang, Level, Offer, Organisation, Person, PresenceEvidence, Source, TimelineEvent } from './content/schema.ts';
import { LANGS, LEVELS } from './content/schema.ts';
import { countryName } from './country-names.ts';
import { memoized } from './memo.ts';
import { namesIn } from './people.ts';
import { presenceOutlets } from './presence-evidence.ts';
import { representedStates } from './tallies.ts';
import { eventsBetween } from './timeline.ts';

/** One row of the "who offers what" table: a state (with its page) or an organisation, and its offer. */
export interface OfferRow {
  /** The state's ISO code, or the organisation's id. */
  id: string;
  kind: 'country' | 'organisation';
  name: string;
  offer: Offer;
}

/** The states with an offer, in the order of their entries, then the organisations with one. */
export function offerRows(countries: readonly Country[], organisations: readonly Organisation[], lang: Lang): OfferRow[] {
  return [
    ...countries.flatMap((country) =>
      country.offer ? [{ id: country.id, kind: 'country' as const, name: countryName(country.id, lang), offer: country.offer }] : [],
    ),
    ...organisations.flatMap((organisation) =>
      organisation.offer
        ? [{ id: organisation.id, kind: 'organisation' as const, name: organisation.name[lang], offer: organisation.offer }]
        : [],
    ),
  ];
}

/** The sources the "who offers what" table cites, row by row. */
export function offerSources(countries: readonly Country[], organisations: readonly Organisation[]): string[] {
  return [...new Set(offerRows(countries, organisations, 'en').flatMap((row) => row.offer.sources))];
}

/** The timeline events a state's entry lists (`after`), oldest first. */
export function countryEventsAfter(country: Country, timeline: readonly TimelineEvent[]): TimelineEvent[] {
  const listed = new Set(country.after);
  return eventsBetween(timeline).filter((event) => listed.has(event.id));
}

/** The timeline events after the summit (`summitDate`, YYYY-MM-DD) whose text names the person in full, oldest first. */
export function personEventsAfter(person: Person, timeline: readonly TimelineEvent[], summitDate: string, lang: Lang): TimelineEvent[] {
  return eventsBetween(timeline)
    .filter((event) => event.date > summitDate)
    .filter((event) => namesIn(event.text[lang], person.name));
}

/**
 * The timeline's events of the summit's day (`summitDate`, YYYY-MM-DD) that name a state, in
 * either language's text, or list one of its representatives among the people they name; in the
 * day's order. Both languages' pages list the same events.
 */
export function countrySummitDayEvents(country: Country, timeline: readonly TimelineEvent[], summitDate: string): TimelineEvent[] {
  const representatives = new Set(country.representatives);
  return eventsBetween(timeline, summitDate, summitDate).filter(
    (event) =>
      LANGS.some((lang) => namesIn(event.text[lang], countryName(country.id, lang))) || event.people.some((id) => representatives.has(id)),
  );
}

/** The timeline's events of the summit's day that list the person among the people they name, or name them in full; in the day's order. */
export function personSummitDayEvents(person: Person, timeline: readonly TimelineEvent[], summitDate: string): TimelineEvent[] {
  return eventsBetween(timeline, summitDate, summitDate).filter(
    (event) => event.people.includes(person.id) || LANGS.some((lang) => namesIn(event.text[lang], person.name)),
  );
}

/**
 * How many of a state's or a person's events after the summit their page shows: the most recent;
 * the timeline holds the rest. A page that would hide a single entry shows them all.
 */
export const AFTER_SUMMIT_SHOWN = 3;

/**
 * The events (oldest first) a country or person page shows after the summit, the most recent
 * `shown` (all of them when only one would be left out), and the first of the earlier ones, where
 * its link into the timeline lands (none when it shows them all).
 */
export function latestEvents<T>(events: readonly T[], shown = AFTER_SUMMIT_SHOWN): { latest: T[]; earliest: T | undefined; total: number } {
  const hidden = events.length - shown;
  const cut = hidden > 1 ? hidden : 0;
  return { latest: events.slice(cut), earliest: cut > 0 ? events[0] : undefined, total: events.length };
}

/** How many named member states were represented at each level (the non-member US aside). */
export function statesPerLevel(countries: readonly Country[]): Record<Level, number> {
  const states = representedStates(countries);
  return Object.fromEntries(LEVELS.map((level) => [level, states.filter((country) => country.level === level).length])) as Record<
    Level,
    number
  >;
}

/** A language's way of listing names ("RNZ et Reuters", "A, B and C"), made once (every person card asks). */
const listFormat = memoized(
  (lang: Lang) => lang,
  (lang: Lang) => new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'fr', { type: 'conjunction' }),
);

/**
 * What the sources say of a person's presence, naming the outlets that say it: "attendance
 * reported by RNZ", "présence rapportée par l’AFP et Reuters", "venue annoncée par Vísir, non
 * confirmée" (see `presenceOutlets`). A sentence cites exactly `presence.sources` after it.
 */
export function presenceWording(
  presence: PresenceEvidence,
  strings: { presenceBy: Record<PresenceEvidence['status'], (outlets: string) => string> },
  lang: Lang,
  sources: ReadonlyMap<string, Source>,
): string {
  return strings.presenceBy[presence.status](listFormat(lang).format(presenceOutlets(presence, sources, lang)));
}
