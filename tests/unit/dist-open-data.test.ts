import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { datasetCsv, datasetJson, datasetRecords, DATASETS, type Dataset } from '../../src/lib/open-data.ts';
import { exportProblems, readExportContent } from '../support/open-data-files.ts';

const content = readExportContent(fileURLToPath(new URL('../fixtures/content-valid/', import.meta.url)));
const text = { fr: { note: fr.dataGenerated, datasets: fr.openData }, en: { note: en.dataGenerated, datasets: en.openData } };
const json = (dataset: Dataset) =>
  datasetJson(dataset, datasetRecords(dataset, content.collections), text, { fr: '/donnees/', en: '/en/data/' });
const csv = (dataset: Dataset) => datasetCsv(dataset, datasetRecords(dataset, content.collections));

describe('exportProblems', () => {
  it('finds nothing wrong with files generated from the same content', () => {
    for (const dataset of DATASETS) {
      expect(exportProblems(dataset, 'json', json(dataset), content)).toEqual([]);
      expect(exportProblems(dataset, 'csv', csv(dataset), content)).toEqual([]);
    }
  });

  it('fails when a country is dropped from the JSON or the CSV', () => {
    const document = JSON.parse(json('countries'));
    document.records = [];
    expect(exportProblems('countries', 'json', JSON.stringify(document), content)).toEqual([
      'missing the entry "FR" of the countries collection',
      'has 0 records, the countries collection 1',
    ]);
    const [header = ''] = csv('countries').split('\r\n');
    expect(exportProblems('countries', 'csv', `${header}\r\n`, content)).toContain('missing the entry "FR" of the countries collection');
  });

  it('fails when a value differs from the collection, a field is missing or the header is out of order', () => {
    expect(exportProblems('people', 'json', json('people').replace('"organisation": "eu"', '"organisation": "nato"'), content)).toEqual([
      'record "von-der-leyen": organisation is "nato", the collection says "eu"',
    ]);
    expect(exportProblems('countries', 'csv', csv('countries').replace(',true,', ',false,'), content)).toEqual([
      'record "FR": co_chair is false, the collection says true',
    ]);
    expect(exportProblems('timeline', 'csv', csv('timeline').replace('id,date', 'date,id'), content)[0]).toMatch(/^header is date,id/);
    const document = JSON.parse(json('organisations'));
    delete document.records[0].short_name_en;
    expect(exportProblems('organisations', 'json', JSON.stringify(document), content)[0]).toMatch(/^record "eu" has the fields/);
    expect(exportProblems('sources', 'json', '{"fields": [', content)[0]).toMatch(/^cannot be parsed/);
  });

  it('reads the notes back, one per line of their cell, and fails when one is dropped', () => {
    const note = (fr: string, en: string) => ({ kind: 'disputed' as const, text: { fr, en }, sources: [] });
    const people = content.collections.people.map((person, index) =>
      index === 0 ? { ...person, notes: [note('Un ; deux.', 'One; two.'), note('Trois.', 'Three.')] } : person,
    );
    const noted = { ...content, collections: { ...content.collections, people } };
    const file = datasetCsv('people', datasetRecords('people', noted.collections));
    expect(exportProblems('people', 'csv', file, noted)).toEqual([]);
    expect(exportProblems('people', 'csv', file.replace('\nDisputed. Three.', ''), noted)).toEqual([
      `record "${people[0]?.id}": notes_en is ["Disputed. One; two."], the collection says ["Disputed. One; two.","Disputed. Three."]`,
    ]);
  });

  it('expects the CSV to hold formula-like text with its leading apostrophe, and nothing else', () => {
    const people = content.collections.people.map((person, index) => (index === 0 ? { ...person, name: '=1+1' } : person));
    const risky = { ...content, collections: { ...content.collections, people } };
    const file = datasetCsv('people', datasetRecords('people', risky.collections));
    expect(exportProblems('people', 'csv', file, risky)).toEqual([]);
    expect(exportProblems('people', 'csv', file.replace("'=1+1", '=1+1'), risky)).toEqual([
      `record "${people[0]?.id}": name is "=1+1", the collection says "'=1+1"`,
    ]);
  });
});
