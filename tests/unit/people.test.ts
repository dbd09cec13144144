import { describe, expect, it } from 'vitest';
import type { Organisation, Person } from '../../src/lib/content/schema.ts';
import { mentions, peopleByDelegation } from '../../src/lib/people.ts';
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

describe('mentions', () => {
  it('finds a person by name or by a component id', () => {
    const macron = people[0]!;
    expect(mentions('Emmanuel Macron a reçu', macron)).toBe(true);
    expect(mentions('<PersonCard id="macron" />', macron)).toBe(true);
    expect(mentions('<PullQuote speaker="macron" source="x">', macron)).toBe(true);
    expect(mentions('Le président français', macron)).toBe(false);
  });
});
