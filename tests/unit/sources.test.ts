import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/content/schema.ts';
import {
  FILTERED_LANGUAGES,
  languageChoiceIndex,
  languageChoices,
  languageName,
  publisherIndex,
  publisherName,
  publishersOfSeveralKinds,
  SOURCE_KINDS,
  sourceDomain,
  sourcesByKind,
  sourceSummary,
} from '../../src/lib/sources.ts';
import { sampleSource } from '../support/sample-data.ts';

const source = sampleSource;
const ids = (sources: readonly Source[]) => sources.map((s) => s.id);

describe('publisherName', () => {
  it('gives an outlet’s name as written, and an institution’s name in the reader’s language', () => {
    expect(publisherName(source('x', { publisher: 'The Pioneer' }), 'fr')).toBe('The Pioneer');
    const ukraine = source('ua', { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } });
    expect(publisherName(ukraine, 'fr')).toBe('Présidence de l’Ukraine');
    expect(publisherName(ukraine, 'en')).toBe('President of Ukraine');
  });
});

describe('languageName', () => {
  it('names a language code in the reader’s language, so that uk does not read as the United Kingdom', () => {
    expect(languageName('uk', 'fr')).toBe('ukrainien');
    expect(languageName('uk', 'en')).toBe('Ukrainian');
  });
});

describe('sourcesByKind', () => {
  it('groups official sources, then press, then aggregators, and leaves out a kind with no source', () => {
    const groups = sourcesByKind([source('p', { kind: 'aggregator' }), source('e', { kind: 'primary' })], 'fr');
    expect(groups.map((group) => group.kind)).toEqual(['primary', 'aggregator']);
    expect(SOURCE_KINDS).toEqual(['primary', 'press', 'aggregator']);
  });

  it('orders a group by the name each entry starts with (the relayed outlet first), then publisher, then date, undated last', () => {
    const sources = [
      source('star', { publisher: 'The Star', relays: 'Reuters' }),
      source('moscow-undated', { publisher: 'The Moscow Times', relays: 'AFP', date: undefined }),
      source('moscow', { publisher: 'The Moscow Times', relays: 'AFP', date: '2026-01-06' }),
      source('naharnet', { publisher: 'Naharnet', relays: 'AFP' }),
      source('meduza', { publisher: 'Meduza' }),
      source('ua', { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } }),
    ];
    const [press] = sourcesByKind(sources, 'fr');
    expect(ids(press!.sources)).toEqual(['naharnet', 'moscow', 'moscow-undated', 'meduza', 'ua', 'star']);
  });

  it('sorts an institution by its name in the reader’s language', () => {
    const sources = [
      source('times', { publisher: 'Presidency Times' }),
      source('ua', { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } }),
    ];
    expect(ids(sourcesByKind(sources, 'fr')[0]!.sources)).toEqual(['ua', 'times']);
    expect(ids(sourcesByKind(sources, 'en')[0]!.sources)).toEqual(['times', 'ua']);
  });
});

describe('sourceSummary', () => {
  it('counts the sources by kind (every kind, in order), by language (most first) and the state media', () => {
    const summary = sourceSummary([
      source('a', { kind: 'primary', language: 'fr' }),
      source('b', { language: 'uk' }),
      source('c', { language: 'en' }),
      source('d', { kind: 'aggregator', language: 'en', relays: 'TASS', stateMedia: 'RU' }),
    ]);
    expect(summary.total).toBe(4);
    expect(summary.byKind).toEqual([
      { kind: 'primary', count: 1 },
      { kind: 'press', count: 2 },
      { kind: 'aggregator', count: 1 },
    ]);
    expect(summary.byLanguage).toEqual([
      { language: 'en', count: 2 },
      { language: 'fr', count: 1 },
      { language: 'uk', count: 1 },
    ]);
    expect(summary.stateMedia).toBe(1);
  });
});

describe('publisherIndex', () => {
  it('lists each publisher and each relayed outlet once, alphabetically, with its count and its first source in page order', () => {
    const ordered = [
      source('star-1', { publisher: 'The Star', relays: 'Reuters' }),
      source('meduza', { publisher: 'Meduza' }),
      source('star-2', { publisher: 'The Star', relays: 'Reuters' }),
      source('sbs', { publisher: 'SBS News', relays: 'Reuters' }),
    ];
    expect(publisherIndex(ordered, 'en')).toEqual([
      { name: 'Meduza', count: 1, firstId: 'meduza' },
      { name: 'Reuters', count: 3, firstId: 'star-1' },
      { name: 'SBS News', count: 1, firstId: 'sbs' },
      { name: 'The Star', count: 2, firstId: 'star-1' },
    ]);
  });

  it('names an institution in the reader’s language', () => {
    const ua = source('ua', { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } });
    expect(publisherIndex([ua], 'fr').map((entry) => entry.name)).toEqual(['Présidence de l’Ukraine']);
  });
});

describe('sourceDomain', () => {
  it('gives the host name of a source’s address without its www.', () => {
    expect(sourceDomain('https://www.elysee.fr/emmanuel-macron/2026/01/06/sommet')).toBe('elysee.fr');
    expect(sourceDomain('https://news.liga.net/en/politics/news/x')).toBe('news.liga.net');
    expect(sourceDomain('http://chinaview.cn/20260123/a/c.html')).toBe('chinaview.cn');
  });
});

describe('languageChoices and languageChoiceIndex', () => {
  const byLanguage = [
    { language: 'en', count: 9 },
    { language: 'uk', count: 4 },
    { language: 'fr', count: 3 },
    { language: 'de', count: 2 },
    { language: 'pt', count: 1 },
  ];

  it('offers the most frequent languages on their own, then the others together with their total', () => {
    expect(FILTERED_LANGUAGES).toBe(3);
    expect(languageChoices(byLanguage)).toEqual([
      { language: 'en', count: 9 },
      { language: 'uk', count: 4 },
      { language: 'fr', count: 3 },
      { language: 'other', count: 3 },
    ]);
  });

  it('leaves out the other languages when there are none', () => {
    expect(languageChoices(byLanguage.slice(0, 2)).map((choice) => choice.language)).toEqual(['en', 'uk']);
  });

  it('places a source under its language’s choice, or under the other languages', () => {
    const choices = languageChoices(byLanguage);
    expect(languageChoiceIndex('uk', choices)).toBe(1);
    expect(languageChoiceIndex('pt', choices)).toBe(3);
    expect(languageChoiceIndex('de', choices)).toBe(3);
  });
});

describe('publishersOfSeveralKinds', () => {
  it('names a publisher filed under two kinds, and not one whose sources all have the same kind', () => {
    const sources = [
      sampleSource('sabah-reuters', { publisher: 'Daily Sabah', relays: 'Reuters', kind: 'aggregator' }),
      sampleSource('sabah-aa', { publisher: 'Daily Sabah', relays: 'Anadolu Agency' }),
      sampleSource('star', { publisher: 'The Star', relays: 'Reuters' }),
      sampleSource('star-2', { publisher: 'The Star' }),
    ];
    expect(publishersOfSeveralKinds(sources)).toEqual(['Daily Sabah']);
  });
});
