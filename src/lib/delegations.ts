import { collator } from './collation.ts';
import { countryName } from './country-names.ts';
import type { Country, Lang, Level, Measure, Person, ReportedCount } from './content/schema.ts';
import { LEVELS } from './content/schema.ts';
import { reportedStates, representedStates } from './tallies.ts';

/** The longest delegation list an article shows unfolded: a longer one (more than a phone screen) folds. */
export const ROSTER_FOLD_AFTER = 8;

/** A country with its name in the reader's language and its named representatives. */
export interface Delegation {
  country: Country;
  name: string;
  representatives: Person[];
}

/**
 * The states counted among those represented (every named state but non-members such as the
 * US), optionally of one level, sorted by name with the collation of the reader's language.
 */
export function delegations(countries: readonly Country[], people: readonly Person[], lang: Lang, level?: Level): Delegation[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  const order = collator(lang);
  return representedStates(countries)
    .filter((country) => level === undefined || country.level === level)
    .map((country) => ({
      country,
      name: countryName(country.id, lang),
      representatives: country.representatives.flatMap((id) => byId.get(id) ?? []),
    }))
    .sort((a, b) => order.compare(a.name, b.name));
}

/** The delegations grouped by level of representation, in the order leader, minister, envoy, not given. */
export function delegationsByLevel(
  countries: readonly Country[],
  people: readonly Person[],
  lang: Lang,
): { level: Level; delegations: Delegation[] }[] {
  return LEVELS.map((level) => ({ level, delegations: delegations(countries, people, lang, level) })).filter(
    (group) => group.delegations.length > 0,
  );
}

/**
 * Every state of the collection (non-members included) with its name, by level of representation
 * (leader first), then by name in the reader's language: the order of the map's table.
 */
export function statesByLevel(countries: readonly Country[], lang: Lang): { country: Country; name: string }[] {
  const order = collator(lang);
  return countries
    .map((country) => ({ country, name: countryName(country.id, lang) }))
    .sort((a, b) => LEVELS.indexOf(a.country.level) - LEVELS.indexOf(b.country.level) || order.compare(a.name, b.name));
}

/**
 * The sources every row of a delegation list gives for its level, when they all give the same
 * ones and there are several rows: the list then cites them once, above its rows. Otherwise
 * (rows citing different sources, or a single row) none, and each row cites its own.
 */
export function sharedLevelSources(list: readonly Delegation[]): string[] {
  const [first, ...rest] = list;
  if (!first || rest.length === 0) return [];
  const key = (delegation: Delegation) => delegation.country.levelSources.join(' ');
  return rest.every((delegation) => key(delegation) === key(first)) ? first.country.levelSources : [];
}

/** The measure of a reported count that counts the states of each level (none counts a level not given). */
const LEVEL_MEASURES: Partial<Record<Level, Measure>> = {
  leader: 'leader-level-states',
  minister: 'ministerial-states',
  envoy: 'envoy-states',
};

/** The states a report counts, in all and level by level. */
export interface ReportedBreakdown {
  states: ReportedCount;
  levels: Partial<Record<Level, ReportedCount>>;
}

/**
 * The breakdown by level behind the number of states reported (the largest `states` count):
 * the counts of each level that cite the same first source as that count (one report), so that
 * the figures add up to one total. None when no count of states is reported.
 */
export function reportedBreakdown(counts: readonly ReportedCount[]): ReportedBreakdown | undefined {
  const states = counts.find((count) => count.measure === 'states' && count.figure === reportedStates(counts));
  if (!states) return undefined;
  const report = states.sources[0];
  const levels: Partial<Record<Level, ReportedCount>> = {};
  for (const level of LEVELS) {
    const count = counts.find((candidate) => candidate.measure === LEVEL_MEASURES[level] && candidate.sources[0] === report);
    if (count) levels[level] = count;
  }
  return { states, levels };
}

/** The id of a level's section on the countries list, which the summary above it links. */
export function levelAnchor(level: Level): string {
  return `level-${level}`;
}
