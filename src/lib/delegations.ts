import { collator } from './collation.ts';
import { countryName } from './country-names.ts';
import type { Country, Lang, Level, Person } from './content/schema.ts';
import { LEVELS } from './content/schema.ts';
import { representedStates } from './tallies.ts';

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
