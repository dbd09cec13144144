import type { Country, Lang, Organisation, Person } from './content/schema.ts';
import { countryName } from './country-names.ts';

/** One delegation (a state or an organisation) and the people of it the sources name. */
export interface DelegationPeople {
  kind: 'country' | 'organisation';
  id: string;
  name: string;
  people: Person[];
}

/**
 * Everyone in the `people` collection grouped by delegation: states first, sorted by name with
 * the reader's collation, then organisations; within a group, the order of the data file.
 */
export function peopleByDelegation(
  people: readonly Person[],
  countries: readonly Country[],
  organisations: readonly Organisation[],
  lang: Lang,
): DelegationPeople[] {
  const collator = new Intl.Collator(lang);
  const states = countries
    .map((country) => ({
      kind: 'country' as const,
      id: country.id,
      name: countryName(country.id, lang),
      people: people.filter((p) => p.country === country.id),
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const bodies = organisations.map((organisation) => ({
    kind: 'organisation' as const,
    id: organisation.id,
    name: organisation.name[lang],
    people: people.filter((p) => p.organisation === organisation.id),
  }));
  return [...states, ...bodies].filter((group) => group.people.length > 0);
}

/** True when an article body names the person or shows them through a component. */
export function mentions(body: string, person: Person): boolean {
  return body.includes(person.name) || new RegExp(`(?:id|speaker)="${person.id}"`).test(body);
}
