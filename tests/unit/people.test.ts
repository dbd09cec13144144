import { describe, expect, it } from 'vitest';
import type { Organisation, Person } from '../../src/lib/content/schema.ts';
import { mentionIndex, peopleByDelegation } from '../../src/lib/people.ts';
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
      ['Union européenne', ['costa']],
    ]);
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
  const index = mentionIndex(articles, { people: [macron, witkoff], countries }, (article) => article.body);

  it('finds a person by name or by a component id, in the order of the articles', () => {
    expect(index.get('macron')?.map((article) => article.id)).toEqual(['by-name', 'card', 'quote', 'both', 'leaders', 'all-states']);
    expect(index.get('witkoff')?.map((article) => article.id)).toEqual(['both']);
  });

  it('finds the representatives a delegation list shows, of its level only, and not the non-members it leaves out', () => {
    expect(index.get('macron')?.map((article) => article.id)).toContain('leaders');
    expect(index.get('macron')?.map((article) => article.id)).not.toContain('ministers');
    expect(index.get('witkoff')?.map((article) => article.id)).not.toContain('all-states');
  });

  it('gives an empty list to a person no article mentions', () => {
    expect(mentionIndex(articles.slice(0, 1), { people: [macron, witkoff], countries }, (article) => article.body).get('witkoff')).toEqual(
      [],
    );
  });
});
