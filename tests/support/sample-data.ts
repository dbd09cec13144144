/** A small, valid data set in the shape of the real collections, for unit tests of src/lib. */
import type { CitableData } from '../../src/lib/citations.ts';
import type { Country, Person, ReportedCount, Source, TimelineEvent } from '../../src/lib/content/schema.ts';

const person = (id: string, name: string, country: string, presenceSources: string[], roleSources = presenceSources): Person => ({
  id,
  name,
  role: { fr: 'rôle', en: 'role' },
  roleSources,
  country,
  presence: { status: 'present', sources: presenceSources },
  statements: [],
  notes: [],
});

const country = (
  id: string,
  level: Country['level'],
  representatives: string[],
  levelSources: string[],
  extra: Partial<Country> = {},
): Country => ({
  id,
  level,
  levelSources,
  representatives,
  notes: [],
  after: [],
  lead: [],
  articles: [],
  ...extra,
});

export const people: Person[] = [
  person('macron', 'Emmanuel Macron', 'FR', ['afp', 'elysee'], ['elysee']),
  person('fidan', 'Hakan Fidan', 'TR', ['aa']),
  person('witkoff', 'Steve Witkoff', 'US', ['kyiv']),
];

export const countries: Country[] = [
  country('FR', 'leader', ['macron'], ['ep'], { coChair: { sources: ['elysee'] } }),
  country('DE', 'leader', [], ['ep']),
  country('TR', 'minister', ['fidan'], ['aa']),
  country('JP', 'not-given', [], ['unn'], {
    notes: [{ kind: 'unknown', text: { fr: 'niveau inconnu', en: 'level unknown' }, sources: ['unn2'] }],
  }),
  country('US', 'envoy', ['witkoff'], ['kyiv'], { membership: { status: 'non-member', sources: ['cyprus'] } }),
];

export const counts: ReportedCount[] = [
  { id: 'states-afp', measure: 'states', figure: 35, what: { fr: 'pays', en: 'countries' }, sources: ['afp'] },
  { id: 'leaders-ep', measure: 'leader-level-states', figure: 27, what: { fr: 'dirigeants', en: 'leaders' }, sources: ['ep'] },
];

export const timeline: TimelineEvent[] = [
  { id: 'summit', date: '2026-01-06', text: { fr: 'Sommet', en: 'Summit' }, notes: [], sources: ['elysee'], people: [], articles: [] },
  { id: 'hq', date: '2025-07', text: { fr: 'QG', en: 'HQ' }, notes: [], sources: ['gzh'], people: [], articles: [] },
  { id: 'london', date: '2025-03-02', text: { fr: 'Londres', en: 'London' }, notes: [], sources: ['pravda'], people: [], articles: [] },
];

export const sampleData: CitableData = { people, countries, organisations: [], counts, timeline };

/** A press source with an example.org URL, dated 6 January 2026, in English; `extra` overrides. */
export const sampleSource = (id: string, extra: Partial<Source> = {}): Source => ({
  id,
  publisher: `Publisher ${id}`,
  url: `https://example.org/${id}`,
  date: '2026-01-06',
  language: 'en',
  kind: 'press',
  ...extra,
});
