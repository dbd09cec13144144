import type { TimelineEvent } from './content/schema.ts';

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
