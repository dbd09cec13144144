import type { Country, ReportedCount } from './content/schema.ts';

/** Figures computed from the collections (never typed): what the site itself can count. */
export const TALLIES = ['named-states', 'unnamed-states', 'named-leader-level-states'] as const;
export type Tally = (typeof TALLIES)[number];

/** The states that count among those represented: every named state but non-members (the US). */
export function representedStates(countries: readonly Country[]): Country[] {
  return countries.filter((country) => country.membership?.status !== 'non-member');
}

/**
 * Computes a tally. `unnamed-states` is the reported number of states (the largest `states`
 * count) minus the states a source names.
 */
export function tally(kind: Tally, countries: readonly Country[], counts: readonly ReportedCount[]): number {
  const named = representedStates(countries);
  switch (kind) {
    case 'named-states':
      return named.length;
    case 'named-leader-level-states':
      return named.filter((country) => country.level === 'leader').length;
    case 'unnamed-states': {
      const reported = Math.max(0, ...counts.filter((count) => count.measure === 'states').map((count) => count.figure));
      return Math.max(0, reported - named.length);
    }
  }
}
