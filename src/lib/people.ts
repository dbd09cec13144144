import { collator } from './collation.ts';
import { LEVELS, type Country, type Lang, type Level, type Organisation, type Person, type Summit } from './content/schema.ts';
import { findComponents, type ComponentTag } from './content/mdx-scan.ts';
import { memoized } from './memo.ts';
import { countryName } from './country-names.ts';
import { representedStates } from './tallies.ts';

/** Where a person stands in a state's list of representatives; people it does not list (the absent) come last. */
function representativeRank(country: Country, person: Person): number {
  const index = country.representatives.indexOf(person.id);
  return index < 0 ? country.representatives.length : index;
}

/** One delegation (a state or an organisation) and the people of it the sources name. */
export interface DelegationPeople {
  kind: 'country' | 'organisation';
  id: string;
  name: string;
  people: Person[];
}

/**
 * Everyone in the `people` collection grouped by delegation: states first, sorted by name with
 * the reader's collation, then organisations (by their short name, "UE", "OTAN", as every
 * delegation label of the who's who and person pages names them); within a state, its representatives in the order
 * it lists them, then anyone else of it (the absent); within an organisation, by id. A delegation
 * none of `people` is in is left out, but with `unnamed`, a state whose entry names no
 * representative (Japan, Australia) is kept, with nobody.
 */
export function peopleByDelegation(
  people: readonly Person[],
  countries: readonly Country[],
  organisations: readonly Organisation[],
  lang: Lang,
  { unnamed = false }: { unnamed?: boolean } = {},
): DelegationPeople[] {
  const order = collator(lang);
  const states = countries
    .map((country) => ({
      kind: 'country' as const,
      id: country.id,
      name: countryName(country.id, lang),
      people: people
        .filter((p) => p.country === country.id)
        .sort((a, b) => representativeRank(country, a) - representativeRank(country, b) || a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => order.compare(a.name, b.name));
  const bodies = organisations.map((organisation) => ({
    kind: 'organisation' as const,
    id: organisation.id,
    name: organisation.shortName[lang],
    people: people.filter((p) => p.organisation === organisation.id).sort((a, b) => a.id.localeCompare(b.id)),
  }));
  const namesNobody = new Set(countries.filter((country) => country.representatives.length === 0).map((country) => country.id));
  return [...states, ...bodies].filter((group) => group.people.length > 0 || (unnamed && namesNobody.has(group.id)));
}

/**
 * The summit's key actors, whom the who's who shows first: the host, the co-chairs, then the
 * summit's `keyActors`, in that order (the content check makes sure each has a `keyActor` line).
 */
export function keyActors(people: readonly Person[], summit: Pick<Summit, 'host' | 'coChairs' | 'keyActors'>): Person[] {
  const ids = new Set([summit.host, ...summit.coChairs, ...summit.keyActors]);
  return [...ids].flatMap((id) => people.find((person) => person.id === id) ?? []);
}

/**
 * A group of the who's who roster: the states of one level of representation, the organisations,
 * or the people expected who did not come.
 */
export interface RosterGroup {
  level: Level | 'organisation' | 'absent';
  delegations: DelegationPeople[];
}

/**
 * Everyone but the people `leaveOut` names, by delegation, the states grouped by their level of
 * representation (leader, minister, envoy, not given), then the organisations, then the absent
 * (who represented nobody). Every state is in its level's group, with nobody when its entry names
 * no representative (Japan, Australia); a delegation whose people are all left out (the key
 * actors') is dropped, and so are empty groups.
 */
export function rosterByLevel(
  data: { people: readonly Person[]; countries: readonly Country[]; organisations: readonly Organisation[] },
  lang: Lang,
  leaveOut: ReadonlySet<string>,
): RosterGroup[] {
  const others = data.people.filter((person) => !leaveOut.has(person.id));
  const byDelegation = (people: readonly Person[], unnamed = false) =>
    peopleByDelegation(people, data.countries, data.organisations, lang, { unnamed });
  const groups = byDelegation(
    others.filter((person) => person.presence.status !== 'absent'),
    true,
  );
  const levelOf = new Map(data.countries.map((country) => [country.id, country.level]));
  const levels: RosterGroup['level'][] = [...LEVELS, 'organisation'];
  return [
    ...levels.map((level) => ({
      level,
      delegations: groups.filter((group) => (group.kind === 'organisation' ? 'organisation' : levelOf.get(group.id)) === level),
    })),
    { level: 'absent' as const, delegations: byDelegation(others.filter((person) => person.presence.status === 'absent')) },
  ].filter((group) => group.delegations.length > 0);
}

/** `text` with its first letter in upper case: a role at the start of a line ("premier ministre…" → "Premier ministre…"). */
export function capitalised(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The short name of a person's delegation: the state's name, or the organisation's short name ("UE", "NATO"). */
export function delegationName(person: Person, organisations: readonly Organisation[], lang: Lang): string {
  if (person.country !== undefined) return countryName(person.country, lang);
  return organisations.find((entry) => entry.id === person.organisation)?.shortName[lang] ?? '';
}

/**
 * The delegation a card names above a person's role, or undefined when the role already names
 * it: "premier ministre d'Albanie" needs no "Albanie", "secrétaire général de l'OTAN" no "OTAN".
 */
export function delegationBesideRole(person: Person, organisations: readonly Organisation[], lang: Lang): string | undefined {
  const role = person.role[lang];
  const organisation = organisations.find((entry) => entry.id === person.organisation);
  const names =
    person.country !== undefined
      ? [countryName(person.country, lang)]
      : organisation
        ? [organisation.name[lang], organisation.shortName[lang]]
        : [];
  return names.some((name) => namesIn(role, name)) ? undefined : delegationName(person, organisations, lang);
}

/** The pattern of `name` as a whole word, made once per name (the mention index tests each name against every article). */
const wholeWord = memoized(
  (name: string) => name,
  (name: string) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'u');
  },
);

/** Whether `text` contains `name` as a whole word (not inside a longer word: "Dan" is not in "Danemark"). */
export function namesIn(text: string, name: string): boolean {
  return wholeWord(name).test(text);
}

/**
 * `text` cut around its first mention of `name` as a whole word, so a page can link that name
 * ("Premier ministre d’" and "" around "Albanie"); undefined when `text` does not name it.
 */
export function aroundName(text: string, name: string): [before: string, after: string] | undefined {
  const found = wholeWord(name).exec(text);
  return found ? [text.slice(0, found.index), text.slice(found.index + name.length)] : undefined;
}

/**
 * The ids of the people an MDX body shows through its components (`tags`): `<PersonCard id>`,
 * `<PullQuote speaker>`, and the representatives a `<CountryList>` lists (of its level, if given).
 */
function peopleShownBy(tags: readonly ComponentTag[], countries: readonly Country[]): Set<string> {
  const shown = new Set<string>();
  for (const tag of tags) {
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

/** The states a `<CountryList>` among an MDX body's components (`tags`) lists (of its level, if given), and those an `<OffersTable>` shows. */
function statesListedBy(tags: readonly ComponentTag[], countries: readonly Country[]): Set<string> {
  const listed = new Set<string>();
  for (const tag of tags) {
    if (tag.component === 'OffersTable') for (const country of countries) if (country.offer) listed.add(country.id);
    if (tag.component !== 'CountryList') continue;
    const level = tag.attributes.get('level');
    for (const country of representedStates(countries)) if (level === undefined || country.level === level) listed.add(country.id);
  }
  return listed;
}

/** For each person and each state, the articles that mention them, in the order of the articles. */
export interface MentionIndex<T> {
  people: Map<string, T[]>;
  countries: Map<string, T[]>;
}

/**
 * Which articles mention whom. An article mentions a person when its text names them (their
 * full name, as a whole word) or when one of its components shows them (a person card, a pull
 * quote, a delegation list). It mentions a state when its text names the state (in the
 * article's language), when a delegation list shows the state, or when it mentions one of the
 * people of the state's delegation. `textOf` gives what the article shows in words (its body,
 * and whatever else of it the caller wants searched, such as its key points). Built once for
 * all the who's who and country pages: each body's components are read once.
 */
export function mentionIndex<T>(
  articles: readonly T[],
  data: { people: readonly Person[]; countries: readonly Country[] },
  lang: Lang,
  textOf: (article: T) => string,
): MentionIndex<T> {
  const index: MentionIndex<T> = {
    people: new Map(data.people.map((person) => [person.id, []])),
    countries: new Map(data.countries.map((country) => [country.id, []])),
  };
  for (const article of articles) {
    const text = textOf(article);
    const tags = findComponents(text);
    const shown = peopleShownBy(tags, data.countries);
    const mentioned = data.people.filter((person) => shown.has(person.id) || namesIn(text, person.name));
    for (const person of mentioned) index.people.get(person.id)?.push(article);
    const listed = statesListedBy(tags, data.countries);
    const delegationsMentioned = new Set(mentioned.map((person) => person.country));
    for (const country of data.countries)
      if (listed.has(country.id) || delegationsMentioned.has(country.id) || namesIn(text, countryName(country.id, lang)))
        index.countries.get(country.id)?.push(article);
  }
  return index;
}

/** The person's state, when its entry lists the person among its representatives (not, say, a minister who stayed away). */
export function representedState(person: Person, countries: readonly Country[]): Country | undefined {
  const state = countries.find((country) => country.id === person.country);
  return state?.representatives.includes(person.id) ? state : undefined;
}

/**
 * The people of the state's delegation, when the person is of that state but not among its
 * representatives (the absent): whom the person's page names instead. Empty otherwise.
 */
export function delegationInstead(person: Person, countries: readonly Country[], people: readonly Person[]): Person[] {
  const state = countries.find((country) => country.id === person.country);
  if (state === undefined || state.representatives.includes(person.id)) return [];
  return state.representatives.flatMap((id) => people.find((entry) => entry.id === id) ?? []);
}

/** The levels few enough states share for a person page to list their representatives on one line (the leaders are in the who's who). */
const PEER_LEVELS: readonly Level[] = ['minister', 'envoy'];

/**
 * The representatives of the states represented at the same level as the person's state
 * (minister or envoy, see PEER_LEVELS), the person aside, in the order of the states' entries;
 * empty for a person who does not represent a state. The states whose place in the count no source
 * settles (the US, `representedStates`) are in no level's group: their people have no peers and are
 * nobody's.
 */
export function sameLevelPeers(person: Person, countries: readonly Country[], people: readonly Person[]): Person[] {
  const state = representedState(person, countries);
  const settled = representedStates(countries);
  if (state === undefined || !PEER_LEVELS.includes(state.level) || !settled.includes(state)) return [];
  return settled
    .filter((country) => country.level === state.level)
    .flatMap((country) => country.representatives)
    .filter((id) => id !== person.id)
    .flatMap((id) => people.find((entry) => entry.id === id) ?? []);
}
