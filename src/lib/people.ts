import { collator } from './collation.ts';
import type { Country, Lang, Organisation, Person } from './content/schema.ts';
import { findComponents } from './content/mdx-scan.ts';
import { countryName } from './country-names.ts';
import { representedStates } from './tallies.ts';

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

/**
 * The ids of the people an MDX body shows through its components: `<PersonCard id>`,
 * `<PullQuote speaker>`, and the representatives a `<CountryList>` lists (of its level, if given).
 */
function peopleShownBy(body: string, countries: readonly Country[]): Set<string> {
  const shown = new Set<string>();
  for (const tag of findComponents(body)) {
    const attribute = (name: string) => tag.attributes.get(name);
    if (tag.component === 'PersonCard') shown.add(attribute('id') ?? '');
    if (tag.component === 'PullQuote') shown.add(attribute('speaker') ?? '');
    if (tag.component === 'CountryList') {
      const level = attribute('level');
      for (const country of representedStates(countries))
        if (level === undefined || country.level === level) country.representatives.forEach((id) => shown.add(id));
    }
  }
  return shown;
}

/**
 * For each person, the articles whose body names them or shows them through a component
 * (a person card, a pull quote, a delegation list), in the order of `articles`. Built once for all
 * the who's who pages: each body's components are read once, not once per person.
 */
export function mentionIndex<T>(
  articles: readonly T[],
  data: { people: readonly Person[]; countries: readonly Country[] },
  bodyOf: (article: T) => string,
): Map<string, T[]> {
  const index = new Map<string, T[]>(data.people.map((person) => [person.id, []]));
  for (const article of articles) {
    const body = bodyOf(article);
    const shown = peopleShownBy(body, data.countries);
    for (const person of data.people) if (shown.has(person.id) || body.includes(person.name)) index.get(person.id)?.push(article);
  }
  return index;
}
