import { describe, expect, it } from 'vitest';
import type { Organisation, Person } from '../../src/lib/content/schema.ts';
import {
  aroundName,
  capitalised,
  delegationBesideRole,
  delegationInstead,
  keyActors,
  mentionIndex,
  namesIn,
  peopleByDelegation,
  representedState,
  rosterByLevel,
  sameLevelPeers,
} from '../../src/lib/people.ts';
import { countries, people } from '../support/sample-data.ts';

const eu: Organisation = {
  id: 'eu',
  name: { fr: 'Union européenne', en: 'European Union' },
  shortName: { fr: 'UE', en: 'EU' },
  sources: ['ep'],
};
const costa: Person = { ...people[0]!, id: 'costa', name: 'António Costa', country: undefined as never, organisation: 'eu' };
delete (costa as Partial<Person>).country;

describe('peopleByDelegation', () => {
  it('groups people by state, sorted by name in the reader’s language, then by organisation', () => {
    const groups = peopleByDelegation([...people, costa], countries, [eu], 'fr');
    expect(groups.map((g) => [g.name, g.people.map((p) => p.id)])).toEqual([
      ['États-Unis', ['witkoff']],
      ['France', ['macron']],
      ['Turquie', ['fidan']],
      ['UE', ['costa']],
    ]);
  });
});

describe('peopleByDelegation with the unnamed', () => {
  it('keeps the states whose entry names no representative, with nobody, only when asked', () => {
    const names = (unnamed: boolean) => peopleByDelegation(people, countries, [], 'en', { unnamed }).map((group) => group.name);
    expect(names(false)).toEqual(['France', 'Türkiye', 'United States']);
    expect(names(true)).toEqual(['France', 'Germany', 'Japan', 'Türkiye', 'United States']);
  });
});

describe('peopleByDelegation order within a state', () => {
  it('lists a state’s representatives in its order, then anyone else of it (the absent)', () => {
    const rubio: Person = { ...people[2]!, id: 'rubio', name: 'Marco Rubio', presence: { status: 'absent', sources: ['ap'] } };
    const us = peopleByDelegation([rubio, ...people], countries, [], 'en').find((group) => group.id === 'US');
    expect(us?.people.map((person) => person.id)).toEqual(['witkoff', 'rubio']);
  });
});

describe('mentionIndex', () => {
  const [macron, witkoff] = [people[0]!, people.find((person) => person.id === 'witkoff')!];
  const articles = [
    { id: 'by-name', body: `${macron.name} a reçu` },
    { id: 'card', body: '<PersonCard id="macron" />' },
    { id: 'quote', body: '<PullQuote speaker="macron" source="x">' },
    { id: 'neither', body: 'Le président français; <Cite id="macron-source" />' },
    { id: 'both', body: `<PersonCard id="witkoff" /> ${macron.name}` },
    { id: 'leaders', body: '<CountryList level="leader" />' },
    { id: 'ministers', body: '<CountryList level="minister" />' },
    { id: 'all-states', body: '<CountryList />' },
  ];
  const data = { people: [macron, witkoff], countries };
  const index = mentionIndex(articles, data, 'fr', (article) => article.body);
  const ids = (list: { id: string }[] | undefined) => list?.map((article) => article.id);

  it('finds a person by name or by a component id, in the order of the articles', () => {
    expect(ids(index.people.get('macron'))).toEqual(['by-name', 'card', 'quote', 'both', 'leaders', 'all-states']);
    expect(ids(index.people.get('witkoff'))).toEqual(['both']);
  });

  it('finds the representatives a delegation list shows, of its level only, and not the non-members it leaves out', () => {
    expect(ids(index.people.get('macron'))).toContain('leaders');
    expect(ids(index.people.get('macron'))).not.toContain('ministers');
    expect(ids(index.people.get('witkoff'))).not.toContain('all-states');
  });

  it('gives an empty list to a person or a state no article mentions', () => {
    const one = mentionIndex(articles.slice(0, 1), data, 'fr', (article) => article.body);
    expect(one.people.get('witkoff')).toEqual([]);
    expect(one.countries.get('JP')).toEqual([]);
  });

  it('finds a state by its name in the article’s language, its delegation list, or a person of its delegation', () => {
    const byName = [
      { id: 'fr-name', body: 'Les États-Unis et la Turquie' },
      { id: 'en-name', body: 'The United States' },
      { id: 'list', body: '<CountryList level="minister" />' },
    ];
    const fr = mentionIndex(byName, data, 'fr', (article) => article.body);
    expect(ids(fr.countries.get('US'))).toEqual(['fr-name']);
    expect(ids(fr.countries.get('TR'))).toEqual(['fr-name', 'list']);
    expect(ids(mentionIndex(byName, data, 'en', (article) => article.body).countries.get('US'))).toEqual(['en-name']);
    // Macron is named, Witkoff's card is shown: France and the US are mentioned through them.
    expect(ids(index.countries.get('FR'))).toEqual(['by-name', 'card', 'quote', 'both', 'leaders', 'all-states']);
    expect(ids(index.countries.get('US'))).toEqual(['both']);
  });

  it('matches whole names only', () => {
    expect(namesIn('Nicușor Dan a dit', 'Nicușor Dan')).toBe(true);
    expect(namesIn('le Danemark', 'Dan')).toBe(false);
    expect(namesIn('d’Albanie', 'Albanie')).toBe(true);
    expect(namesIn('Francesca', 'France')).toBe(false);
    expect(namesIn('a (b) c', '(b)')).toBe(true);
  });
});

describe('key actors and the rest of the roster', () => {
  const actor = (person: Person): Person => ({ ...person, keyActor: { why: { fr: 'pourquoi', en: 'why' }, sources: ['s'] } });
  const starmer: Person = { ...people[0]!, id: 'starmer', name: 'Keir Starmer', country: 'GB' };
  const macron = actor(people[0]!);
  const witkoff = actor(people.find((person) => person.id === 'witkoff')!);
  const fidan = people.find((person) => person.id === 'fidan')!;

  it('puts the host and co-chairs first, then the summit’s other key actors in their order, each once', () => {
    const everyone = [actor(costa), witkoff, fidan, actor(starmer), macron];
    const summit = { host: 'macron', coChairs: ['macron', 'starmer'], keyActors: ['costa', 'witkoff'] };
    expect(keyActors(everyone, summit).map((p) => p.id)).toEqual(['macron', 'starmer', 'costa', 'witkoff']);
  });

  it('groups the others by their state’s level of representation, then the organisations, then the absent; a state naming nobody is listed, one whose people are left out is not', () => {
    const rubio: Person = { ...witkoff, id: 'rubio', name: 'Marco Rubio', presence: { status: 'absent', sources: ['ap'] } };
    const groups = rosterByLevel(
      { people: [macron, fidan, rubio, witkoff, costa], countries, organisations: [eu] },
      'en',
      new Set(['macron']),
    );
    expect(groups.map((group) => [group.level, group.delegations.map((d) => [d.name, d.people.map((p) => p.id)])])).toEqual([
      ['leader', [['Germany', []]]],
      ['minister', [['Türkiye', ['fidan']]]],
      ['envoy', [['United States', ['witkoff']]]],
      ['not-given', [['Japan', []]]],
      ['organisation', [['EU', ['costa']]]],
      ['absent', [['United States', ['rubio']]]],
    ]);
  });
});

describe('role labels', () => {
  it('cuts a role around the name it mentions as a whole word, so a page can link the name', () => {
    expect(aroundName('Premier ministre d’Albanie', 'Albanie')).toEqual(['Premier ministre d’', '']);
    expect(aroundName('Secrétaire d’État des États-Unis, en poste', 'États-Unis')).toEqual(['Secrétaire d’État des ', ', en poste']);
    expect(aroundName('Premier ministre du Danemark', 'Dan')).toBeUndefined();
    expect(aroundName('Conseiller du président Donald Trump', 'États-Unis')).toBeUndefined();
  });

  it('capitalises a role that starts a line', () => {
    expect(capitalised('premier ministre d’Albanie', 'fr')).toBe('Premier ministre d’Albanie');
    expect(capitalised('énergie', 'fr')).toBe('Énergie');
  });

  it('names the delegation beside a role only where the role does not', () => {
    const rama: Person = {
      ...people[1]!,
      id: 'rama',
      country: 'AL',
      role: { fr: 'premier ministre d’Albanie', en: 'Prime Minister of Albania' },
    };
    expect(delegationBesideRole(rama, [eu], 'fr')).toBeUndefined();
    expect(
      delegationBesideRole({ ...rama, role: { fr: 'ministre autrichienne', en: 'Austrian minister' }, country: 'AT' }, [eu], 'fr'),
    ).toBe('Autriche');
    expect(delegationBesideRole({ ...costa, role: { fr: 'président du Conseil européen', en: 'x' } }, [eu], 'fr')).toBe('UE');
    expect(
      delegationBesideRole({ ...costa, role: { fr: 'haute représentante de l’Union européenne', en: 'x' } }, [eu], 'fr'),
    ).toBeUndefined();
  });
});

describe('a person page’s delegation lines', () => {
  const rubio: Person = { ...people[2]!, id: 'rubio', name: 'Marco Rubio', presence: { status: 'absent', sources: ['ap'] } };
  const kurz: Person = { ...people[1]!, id: 'kurz', name: 'Envoy Two', country: 'AT' };
  const withAustria = [...countries, { ...countries[2]!, id: 'AT', level: 'envoy' as const, representatives: ['kurz'] }];
  const everyone = [...people, rubio, kurz];

  it('gives the state only to a person its entry lists among its representatives', () => {
    expect(representedState(people[2]!, countries)?.id).toBe('US');
    expect(representedState(rubio, countries)).toBeUndefined();
  });

  it('names the delegation that attended instead of an absent person, and nobody for a representative', () => {
    expect(delegationInstead(rubio, countries, everyone).map((person) => person.id)).toEqual(['witkoff']);
    expect(delegationInstead(people[2]!, countries, everyone)).toEqual([]);
  });

  it('lists the representatives of the other states at a minister’s or envoy’s level, the person aside', () => {
    const withNewZealand = [...withAustria, { ...countries[2]!, id: 'NZ', level: 'envoy' as const, representatives: ['nz-envoy'] }];
    const nzEnvoy: Person = { ...kurz, id: 'nz-envoy', country: 'NZ' };
    expect(sameLevelPeers(kurz, withNewZealand, [...everyone, nzEnvoy]).map((person) => person.id)).toEqual(['nz-envoy']);
    expect(sameLevelPeers(people[1]!, withAustria, everyone)).toEqual([]);
  });

  it('leaves out the states whose place in the count is unsettled (the US): not among the peers, and none of their own', () => {
    expect(countries.find((country) => country.id === 'US')?.membership?.status).toBe('non-member');
    expect(sameLevelPeers(kurz, withAustria, everyone)).toEqual([]);
    expect(sameLevelPeers(people[2]!, withAustria, everyone)).toEqual([]);
  });

  it('lists nobody for a leader (the who’s who lists them) or a person who represents no state', () => {
    expect(sameLevelPeers(people[0]!, withAustria, everyone)).toEqual([]);
    expect(sameLevelPeers(rubio, withAustria, everyone)).toEqual([]);
  });
});
