import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/content/schema.ts';
import {
  addressHint,
  entryHint,
  FILTERED_LANGUAGES,
  isOfficialCopy,
  languageChoiceIndex,
  languageChoices,
  languageName,
  lookAlikes,
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

describe('addressHint', () => {
  it('gives the site, « … » for the folders, and the page’s name cut at a word break after 32 characters', () => {
    expect(addressHint('https://www.president.gov.ua/en/news/zayava-prezidenta-ukrayini-pid-chas-spilnogo-z-emmanyuelem-m-102309')).toBe(
      'president.gov.ua/…/zayava-prezidenta-ukrayini-pid…',
    );
    expect(addressHint('https://www.president.gov.ua/en/news/vazhlivo-sho-sogodni-ye-gruntovni-dokumenti-koaliciyi-ohochi-102317')).toBe(
      'president.gov.ua/…/vazhlivo-sho-sogodni-ye…',
    );
    // No word break in the second half of the cut: cut in the word.
    expect(addressHint('https://example.org/a/abcdefghijklmnopqrstuvwxyz0123456789')).toBe(
      'example.org/…/abcdefghijklmnopqrstuvwxyz012345…',
    );
  });

  it('keeps a short name whole, with no « … » when it is the only part of the path', () => {
    expect(addressHint('https://tass.com/world/2090595')).toBe('tass.com/…/2090595');
    expect(addressHint('https://kyivindependent.com/trilateral-peace-talks-on-hold-zelensky-says/')).toBe(
      'kyivindependent.com/trilateral-peace-talks-on-hold…',
    );
  });

  it('decodes percent-escapes, and leaves a malformed one as written', () => {
    expect(addressHint('https://www.eeas.europa.eu/delegations/ukraine/%D0%BF%D0%B0%D1%80%D0%B8%D0%B7%D1%8C%D0%BA%D0%B0_uk')).toBe(
      'eeas.europa.eu/…/паризька_uk',
    );
    expect(addressHint('https://example.org/news/100%-sure')).toBe('example.org/…/100%-sure');
  });

  it('ignores trailing slashes, query strings and file extensions', () => {
    expect(addressHint('https://nova.bg/news/view/2026/01/06/523068/')).toBe('nova.bg/…/523068');
    expect(addressHint('https://trends.glance.com/story/s-659d?summary=false')).toBe('trends.glance.com/…/s-659d');
    expect(addressHint('https://www.independent.co.uk/news/uk/politics/starmer-uk-troops-b2896054.html')).toBe(
      'independent.co.uk/…/starmer-uk-troops-b2896054',
    );
    expect(addressHint('https://dunyanews.tv/amp/english/941382.php')).toBe('dunyanews.tv/…/941382');
  });

  it('names a page by its folder when its file is an index or a letter or two', () => {
    expect(addressHint('https://www.dailypolitics.com/articles/054b08afd16a/index.html')).toBe('dailypolitics.com/…/054b08afd16a');
    expect(addressHint('https://news.cgtn.com/news/2026-02-06/talks-end-1Kx9RxN02mQ/p.html')).toBe('news.cgtn.com/…/talks-end-1Kx9RxN02mQ');
  });

  it('gives the bare site for a home page or a page named only by its query string', () => {
    expect(addressHint('https://www.army-technology.com/?p=320512')).toBe('army-technology.com');
    expect(addressHint('https://westminsterpimliconews.co.uk/')).toBe('westminsterpimliconews.co.uk');
    expect(addressHint('https://example.org')).toBe('example.org');
  });
});

describe('entryHint', () => {
  it('gives the address hint only to a source with neither a headline nor a word on what the page is', () => {
    const url = 'https://www.president.gov.ua/en/news/vazhlivo-102317';
    expect(entryHint(source('a', { url }))).toBe('president.gov.ua/…/vazhlivo-102317');
    expect(entryHint(source('b', { url, title: 'Paris Declaration' }))).toBeUndefined();
    expect(entryHint(source('c', { url, document: { fr: 'déclaration', en: 'statement' } }))).toBeUndefined();
  });
});

describe('lookAlikes', () => {
  it('finds the entries that one publisher, outlet and date would make read alike, when neither has a headline', () => {
    const ukraine = { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } };
    const sources = [
      source('documents', ukraine),
      source('statement', ukraine),
      source('declaration', { ...ukraine, title: 'Paris Declaration' }),
      source('later', { ...ukraine, date: '2026-02-24' }),
      source('relayed', { ...ukraine, relays: 'Hansard' }),
    ];
    expect([...lookAlikes(sources, 'fr')].sort()).toEqual(['documents', 'statement']);
  });

  it('tells two pages apart by what the facts file says they are', () => {
    const ukraine = { publisher: 'President of Ukraine' };
    const described = source('statement', { ...ukraine, document: { fr: 'déclaration', en: 'statement' } });
    expect(lookAlikes([source('documents', ukraine), described], 'en').size).toBe(0);
  });
});

describe('isOfficialCopy', () => {
  it('is true of an official text that names the institution it copies, and of nothing else', () => {
    expect(isOfficialCopy(source('hansard', { kind: 'primary', relays: 'Hansard' }))).toBe(true);
    expect(isOfficialCopy(source('elysee', { kind: 'primary' }))).toBe(false);
    expect(isOfficialCopy(source('star', { kind: 'press', relays: 'Reuters' }))).toBe(false);
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
