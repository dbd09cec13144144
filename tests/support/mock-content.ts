/**
 * A stand-in for `astro:content` in component tests: collections built from the sample data,
 * which a test may change to see the rendered output follow.
 */
import type { Organisation, Source, Summit } from '../../src/lib/content/schema.ts';
import { counts, countries, people, timeline } from './sample-data.ts';

const source = (id: string, publisher: string): Source => ({
  id,
  publisher,
  url: `https://example.org/${id}`,
  date: '2026-01-06',
  language: 'en',
  kind: 'press',
});

const summit: Summit = {
  id: 'paris-2026-01-06',
  date: '2026-01-06',
  place: { fr: 'Palais de l’Élysée, Paris', en: 'Élysée Palace, Paris' },
  host: 'macron',
  coChairs: ['macron'],
  keyActors: [],
  counts,
  notes: [],
  sources: ['elysee'],
};

const organisations: Organisation[] = [
  { id: 'eu', name: { fr: 'Union européenne', en: 'European Union' }, shortName: { fr: 'UE', en: 'EU' }, sources: ['ep'] },
];

export const collections: Record<string, { id: string }[]> = {
  sources: ['afp', 'elysee', 'ep', 'aa', 'unn', 'unn2', 'kyiv', 'gzh', 'pravda', 'cyprus'].map((id) => source(id, `Publisher ${id}`)),
  // The host is a key actor: the content check that `getSiteData` runs asks for their line.
  people: people.map((person) =>
    person.id === summit.host
      ? { ...person, keyActor: { why: { fr: 'Hôte du sommet.', en: 'Host of the summit.' }, sources: ['elysee'] } }
      : person,
  ),
  countries,
  organisations,
  summit: [summit],
  timeline,
};

/** What `getCollection(name)` returns: entries with an id and their data. */
export async function getCollection(name: string): Promise<{ id: string; data: unknown }[]> {
  return (collections[name] ?? []).map((data) => ({ id: data.id, data }));
}
