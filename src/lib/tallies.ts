import type { Country, Organisation, ReportedCount } from './content/schema.ts';

/** Figures computed from the collections (never typed): what the site itself can count. */
export const TALLIES = ['named-states', 'unnamed-states', 'named-leader-level-states'] as const;
export type Tally = (typeof TALLIES)[number];

/** The states that count among those represented: every named state but non-members (the US). */
export function representedStates(countries: readonly Country[]): Country[] {
  return countries.filter((country) => country.membership?.status !== 'non-member');
}

/** The states present without being members of the coalition (the US), as the sources say. */
export function nonMemberStates(countries: readonly Country[]): Country[] {
  return countries.filter((country) => country.membership?.status === 'non-member');
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
    case 'unnamed-states':
      return Math.max(0, reportedStates(counts) - named.length);
  }
}

/**
 * The figures of the sentence every page uses for the count: the states reported present (35), how
 * many of them our sources name, and, by id, the states present whose place in that count no source
 * settles (the US: its envoys came, and no source says whether it is one of the reported states).
 */
export interface StateCount {
  reported: number;
  named: number;
  unsettled: string[];
}

/** The count's figures, read from the collections (one function: every page words them alike). */
export function stateCount(countries: readonly Country[], counts: readonly ReportedCount[]): StateCount {
  return {
    reported: reportedStates(counts),
    named: tally('named-states', countries, counts),
    unsettled: nonMemberStates(countries).map((country) => country.id),
  };
}

/** The figures over the map: the count's, and how many of the named states came at leader level. */
export function mapFigures(countries: readonly Country[], counts: readonly ReportedCount[]): StateCount & { leaders: number } {
  return { ...stateCount(countries, counts), leaders: tally('named-leader-level-states', countries, counts) };
}

/** The number of states the sources report present: the largest `states` count, 0 when none is reported. */
export function reportedStates(counts: readonly ReportedCount[]): number {
  return Math.max(0, ...counts.filter((count) => count.measure === 'states').map((count) => count.figure));
}

/** The summit's figures at a glance, as the home page shows them. */
export interface KeyFigures {
  /** The states the sources report present. */
  states: number;
  /** How many of them a source names. */
  namedStates: number;
  /** The named states represented by their head of state or government. */
  leaderLevelStates: number;
  /** The international organisations represented. */
  organisations: number;
}

/** The summit's key figures, all read from the collections. */
export function keyFigures(
  countries: readonly Country[],
  counts: readonly ReportedCount[],
  organisations: readonly Organisation[],
): KeyFigures {
  return {
    states: reportedStates(counts),
    namedStates: tally('named-states', countries, counts),
    leaderLevelStates: tally('named-leader-level-states', countries, counts),
    organisations: organisations.length,
  };
}

/** A figure as prose writes it: in words below ten (`words[n]`), in digits from ten up. */
export function tallyText(value: number, words: readonly string[]): string {
  return Number.isInteger(value) && value >= 0 && value < Math.min(words.length, 10) ? (words[value] ?? String(value)) : String(value);
}
