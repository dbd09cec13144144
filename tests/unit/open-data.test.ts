import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import type { Organisation, Person } from '../../src/lib/content/schema.ts';
import {
  dataFileName,
  dataFileUrl,
  datasetCsv,
  datasetFields,
  datasetJson,
  datasetRecords,
  DATASETS,
  fieldDescription,
  type OpenDataCollections,
} from '../../src/lib/open-data.ts';
import { parse } from 'csv-parse/sync';
import { countries, people, sampleSource, timeline } from '../support/sample-data.ts';

const source = sampleSource;
const eu: Organisation = {
  id: 'eu',
  name: { fr: 'Union européenne', en: 'European Union' },
  shortName: { fr: 'UE', en: 'EU' },
  sources: ['ep'],
};
const kallas: Person = {
  id: 'kallas',
  name: 'Kaja Kallas',
  role: { fr: 'Haute représentante, « vice-présidente »', en: 'High Representative, "Vice-President"' },
  roleSources: ['ep'],
  organisation: 'eu',
  presence: { status: 'announced', sources: ['aa'] },
  statements: [],
  notes: [],
};
const collections: OpenDataCollections = {
  countries,
  people: [...people, kallas],
  organisations: [eu],
  sources: [
    source('president', { date: undefined, publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } }),
    source('aa', { relays: 'Reuters' }),
  ],
  timeline,
};
const names = (dataset: (typeof DATASETS)[number]) => datasetFields(dataset).map((field) => field.name);

describe('datasetRecords', () => {
  it('gives every country every field of the dictionary, in order, sorted by id, names generated from the ISO code', () => {
    const records = datasetRecords('countries', collections);
    expect(records.map((record) => record['id'])).toEqual(['DE', 'FR', 'JP', 'TR', 'US']);
    for (const record of records) expect(Object.keys(record)).toEqual(names('countries'));
    expect(records[1]).toEqual({
      id: 'FR',
      name_fr: 'France',
      name_en: 'France',
      level: 'leader',
      level_sources: ['ep'],
      co_chair: true,
      membership: null,
      representatives: ['macron'],
      note_kinds: [],
      notes_fr: [],
      notes_en: [],
      sources: ['ep', 'elysee'],
    });
    expect(records.find((record) => record['id'] === 'JP')).toMatchObject({
      name_fr: 'Japon',
      level: 'not-given',
      note_kinds: ['unknown'],
      notes_fr: ['Inconnu. niveau inconnu'],
      notes_en: ['Unknown. level unknown'],
    });
    expect(records.find((record) => record['id'] === 'US')).toMatchObject({
      membership: 'non-member',
      co_chair: false,
      sources: ['kyiv', 'cyprus'],
    });
  });

  it('keeps one record per entry: a country dropped from the collection is dropped from the export', () => {
    const fewer = { ...collections, countries: countries.filter((country) => country.id !== 'TR') };
    expect(datasetRecords('countries', fewer).map((record) => record['id'])).toEqual(['DE', 'FR', 'JP', 'US']);
  });

  it('gives people a country or an organisation, the other empty', () => {
    const records = datasetRecords('people', collections);
    expect(records.map((record) => record['id'])).toEqual(['fidan', 'kallas', 'macron', 'witkoff']);
    expect(records[1]).toMatchObject({
      country: null,
      organisation: 'eu',
      presence: 'announced',
      role_en: 'High Representative, "Vice-President"',
    });
    expect(records[2]).toMatchObject({ country: 'FR', organisation: null, role_sources: ['elysee'], presence_sources: ['afp', 'elysee'] });
  });

  it('leaves missing optional source fields empty, names the publisher in both languages and orders the timeline by date', () => {
    expect(datasetRecords('sources', collections)).toEqual([
      {
        id: 'aa',
        publisher_fr: 'Publisher aa',
        publisher_en: 'Publisher aa',
        title: null,
        url: 'https://example.org/aa',
        date: '2026-01-06',
        language: 'en',
        kind: 'press',
        relays: 'Reuters',
      },
      {
        id: 'president',
        publisher_fr: 'Présidence de l’Ukraine',
        publisher_en: 'President of Ukraine',
        title: null,
        url: 'https://example.org/president',
        date: null,
        language: 'en',
        kind: 'press',
        relays: null,
      },
    ]);
    expect(datasetRecords('timeline', collections).map((record) => [record['date'], record['text_en']])).toEqual([
      ['2025-03-02', 'London'],
      ['2025-07', 'HQ'],
      ['2026-01-06', 'Summit'],
    ]);
    expect(datasetRecords('organisations', collections)).toEqual([
      { id: 'eu', name_fr: 'Union européenne', name_en: 'European Union', short_name_fr: 'UE', short_name_en: 'EU', sources: ['ep'] },
    ]);
  });
});

describe('datasetCsv', () => {
  it('writes the dictionary fields as the header, lists joined with ";", booleans as true/false and empty cells for missing values', () => {
    const csv = datasetCsv('countries', datasetRecords('countries', collections));
    expect(csv.split('\r\n')[0]).toBe(names('countries').join(','));
    const [header, ...rows] = parse(csv);
    expect(header).toEqual(names('countries'));
    expect(rows).toHaveLength(countries.length);
    expect(rows[1]).toEqual(['FR', 'France', 'France', 'leader', 'ep', 'true', '', 'macron', '', '', '', 'ep;elysee']);
    expect(rows[4]?.[5]).toBe('false');
    expect(rows[4]?.[6]).toBe('non-member');
  });

  it('quotes cells that hold commas or quotation marks, and joins several ids in one cell', () => {
    const csv = datasetCsv('people', datasetRecords('people', collections));
    expect(csv).toContain('"High Representative, ""Vice-President"""');
    expect(parse(csv)[2]).toEqual([
      'kallas',
      'Kaja Kallas',
      'Haute représentante, « vice-présidente »',
      'High Representative, "Vice-President"',
      '',
      'eu',
      'ep',
      'announced',
      'aa',
      '',
      '',
      '',
    ]);
  });

  it('gives each note its label, kinds listed once, and puts each note on its own line of one cell', () => {
    const noted: Person = {
      ...kallas,
      notes: [
        { kind: 'disputed', text: { fr: 'A dit ceci ; B, cela.', en: 'A said this; B, that.' }, sources: ['aa'] },
        { kind: 'interpretation', text: { fr: 'Notre déduction.', en: 'Our inference.' }, sources: [] },
        { kind: 'disputed', text: { fr: 'Autre désaccord.', en: 'Another dispute.' }, sources: ['ep'] },
      ],
    };
    const [record] = datasetRecords('people', { ...collections, people: [noted] });
    expect(record).toMatchObject({
      note_kinds: ['disputed', 'interpretation'],
      notes_fr: ['Contesté. A dit ceci ; B, cela.', 'Notre lecture. Notre déduction.', 'Contesté. Autre désaccord.'],
      notes_en: ['Disputed. A said this; B, that.', 'Our reading. Our inference.', 'Disputed. Another dispute.'],
    });
    const [header = [], row = []] = parse(datasetCsv('people', [record!])) as string[][];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('note_kinds')).toBe('disputed;interpretation');
    expect(cell('notes_en')).toBe('Disputed. A said this; B, that.\nOur reading. Our inference.\nDisputed. Another dispute.');
  });
});

describe('datasetCsv against CSV injection', () => {
  it("puts a ' before every cell a spreadsheet would run as a formula, lists included, and nowhere else", () => {
    const risky: Person = {
      ...kallas,
      id: 'risky',
      name: '=HYPERLINK("https://example.org/")',
      role: { fr: '+33 1 00', en: '-1' },
      organisation: '@SUM(A1)',
      roleSources: ['-ep', 'aa'],
      presence: { status: 'announced', sources: ['\tx', 'a=b'] },
    };
    const csv = datasetCsv('people', datasetRecords('people', { ...collections, people: [risky] }));
    expect(parse(csv)[1]).toEqual([
      'risky',
      `'=HYPERLINK("https://example.org/")`,
      "'+33 1 00",
      "'-1",
      '',
      "'@SUM(A1)",
      "'-ep;aa",
      'announced',
      "'\tx;a=b",
      '',
      '',
      '',
    ]);
    const timelineCsv = datasetCsv(
      'timeline',
      datasetRecords('timeline', { ...collections, timeline: [{ ...timeline[0]!, text: { fr: '\rx', en: 'x-y' } }] }),
    );
    expect(parse(timelineCsv)[1]?.slice(2, 4)).toEqual(["'\rx", 'x-y']);
  });
});

describe('datasetJson', () => {
  it('describes the dataset in both languages before its records', () => {
    const records = datasetRecords('sources', collections);
    const text = { fr: { note: fr.dataGenerated, datasets: fr.openData }, en: { note: en.dataGenerated, datasets: en.openData } };
    const document = JSON.parse(datasetJson('sources', records, text, { fr: 'https://x.org/donnees/', en: 'https://x.org/en/data/' }));
    expect(Object.keys(document)).toEqual([
      'dataset',
      'title',
      'description',
      'note',
      'generated_from',
      'documentation',
      'fields',
      'records',
    ]);
    expect(document.title).toEqual({ fr: 'Sources', en: 'Sources' });
    expect(document.generated_from).toBe('content/sources.yaml');
    expect(document.fields.map((field: { name: string }) => field.name)).toEqual(names('sources'));
    expect(document.fields.find((field: { name: string }) => field.name === 'kind')).toEqual({
      name: 'kind',
      type: 'enum',
      optional: false,
      values: ['primary', 'press', 'aggregator'],
      description: { fr: fr.openData.sources.fields.kind, en: en.openData.sources.fields.kind },
    });
    expect(document.fields.find((field: { name: string }) => field.name === 'title')).toMatchObject({ type: 'string', optional: true });
    expect(document.fields.find((field: { name: string }) => field.name === 'url')).toMatchObject({ type: 'url', optional: false });
    expect(document.records).toEqual(records);
  });
});

describe('the data dictionary', () => {
  it('describes every field in both languages and names every allowed value in the description', () => {
    for (const dataset of DATASETS) {
      for (const field of datasetFields(dataset)) {
        for (const t of [fr, en]) {
          const description = fieldDescription(t.openData, dataset, field.name);
          expect(description.length).toBeGreaterThan(0);
          for (const value of field.values ?? []) expect(description, `${dataset}.${field.name}`).toContain(value);
        }
      }
    }
  });

  it('fails loudly on a field it does not know', () => {
    expect(() => fieldDescription(fr.openData, 'countries', 'capital')).toThrow(/capital/);
  });

  it('serves each file under the deploy base, the same for both languages', () => {
    expect(dataFileName('people', 'csv')).toBe('people.csv');
    expect(dataFileUrl('/', 'countries', 'json')).toBe('/data/countries.json');
    expect(dataFileUrl('/explainer/', 'timeline', 'csv')).toBe('/explainer/data/timeline.csv');
  });
});
