import { collator } from './collation.ts';
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
  const order = collator(lang);
  const states = countries
    .map((country) => ({
      kind: 'country' as const,
      id: country.id,
      name: countryName(country.id, lang),
      people: people.filter((p) => p.country === country.id),
    }))
    .sort((a, b) => order.compare(a.name, b.name));
  const bodies = organisations.map((organisation) => ({
    kind: 'organisation' as const,
    id: organisation.id,
    name: organisation.name[lang],
    people: people.filter((p) => p.organisation === organisation.id),
  }));
  return [...states, ...bodies].filter((group) => group.people.length > 0);
}

const COMPONENT_ENTRY = /\b(?:id|speaker)="([^"]*)"/g;

/**
 * For each person, the articles whose body names them or shows them through a component
 * (`<PersonCard id="…">`, `<PullQuote speaker="…">`), in the order of `articles`. Built once for
 * all the who's who pages: each body's component attributes are read once, not once per person.
 */
export function mentionIndex<T>(articles: readonly T[], people: readonly Person[], bodyOf: (article: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>(people.map((person) => [person.id, []]));
  for (const article of articles) {
    const body = bodyOf(article);
    const shown = new Set(Array.from(body.matchAll(COMPONENT_ENTRY), (match) => match[1]));
    for (const person of people) if (shown.has(person.id) || body.includes(person.name)) index.get(person.id)?.push(article);
  }
  return index;
}
