import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { pageKind, pagefindMeta, separateBlocks, siteSpellings, spellingVariants } from '../../src/lib/search.ts';

describe('pageKind', () => {
  it('tells articles, people, countries and the sources page from the other pages, in both languages', () => {
    expect(pageKind('/', 'fr', '/articles/essentiel/')).toBe('article');
    expect(pageKind('/', 'en', '/en/articles/at-a-glance/')).toBe('article');
    expect(pageKind('/', 'fr', '/qui-est-qui/witkoff/')).toBe('person');
    expect(pageKind('/', 'en', '/en/whos-who/witkoff/')).toBe('person');
    expect(pageKind('/', 'fr', '/pays/us/')).toBe('country');
    expect(pageKind('/', 'en', '/en/countries/us/')).toBe('country');
    expect(pageKind('/', 'fr', '/sources/')).toBe('source');
    expect(pageKind('/', 'en', '/en/sources/')).toBe('source');
  });

  it('tells the home page apart, in both languages', () => {
    expect(pageKind('/', 'fr', '/')).toBe('home');
    expect(pageKind('/', 'en', '/en/')).toBe('home');
  });

  it('calls section indexes plain pages', () => {
    expect(pageKind('/', 'fr', '/qui-est-qui/')).toBe('page');
    expect(pageKind('/', 'en', '/en/countries/')).toBe('page');
    expect(pageKind('/', 'fr', '/chronologie/')).toBe('page');
  });

  it('reads the path under the deploy base', () => {
    expect(pageKind('/explainer/', 'fr', '/explainer/pays/fr/')).toBe('country');
    expect(pageKind('/explainer/', 'en', '/explainer/en/articles/who-came/')).toBe('article');
    expect(pageKind('/explainer/', 'en', '/explainer/en/')).toBe('home');
  });

  it('has a label for every kind in both dictionaries', () => {
    for (const t of [fr, en]) {
      expect(Object.keys(t.searchKind).sort()).toEqual(['article', 'country', 'home', 'page', 'person', 'source']);
    }
  });
});

describe('pagefindMeta', () => {
  it('names each field through its own attribute, so values may hold commas', () => {
    expect(pagefindMeta({ type: 'Article', date: '7 January 2026, updated' })).toEqual({
      'data-pagefind-meta': 'type[data-search-type], date[data-search-date]',
      'data-search-type': 'Article',
      'data-search-date': '7 January 2026, updated',
    });
  });

  it('leaves out the fields without a value', () => {
    expect(pagefindMeta({ type: 'Personne', date: undefined })).toEqual({
      'data-pagefind-meta': 'type[data-search-type]',
      'data-search-type': 'Personne',
    });
    expect(pagefindMeta({ date: '' })).toEqual({});
  });
});

describe('spellingVariants', () => {
  it('maps each spelling, in lower case, to the others of its group', () => {
    const variants = spellingVariants([
      ['Kyiv', 'Kiev'],
      ['OTAN', 'NATO'],
    ]);
    expect(variants['kiev']).toEqual(['Kyiv']);
    expect(variants['kyiv']).toEqual(['Kiev']);
    expect(variants['nato']).toEqual(['OTAN']);
    expect(variants['paris']).toBeUndefined();
  });

  it('offers the site’s spelling for the ones readers often type', () => {
    const variants = spellingVariants();
    expect(variants['kiev']).toContain('Kyiv');
    expect(variants['zelenskyy']).toContain('Zelensky');
  });
});

describe('siteSpellings', () => {
  it('maps each other spelling, in lower case, to the site’s', () => {
    const spellings = siteSpellings([['Kyiv', 'Kiev', 'Kiew']]);
    expect(spellings).toEqual({ kiev: 'kyiv', kiew: 'kyiv' });
  });

  it('leaves the languages’ own names alone: NATO is not a misspelling of OTAN', () => {
    expect(siteSpellings()['zelenskyy']).toBe('zelensky');
    expect(siteSpellings()['nato']).toBeUndefined();
    expect(siteSpellings()['eu']).toBeUndefined();
  });
});

describe('separateBlocks', () => {
  it('puts a space before the end of blocks Pagefind would join to the next', () => {
    expect(separateBlocks('<dl><dt>Role</dt><dd>Envoy</dd></dl>')).toBe('<dl><dt>Role </dt><dd>Envoy </dd> </dl>');
    expect(separateBlocks('<tr><th>France</th><td>leader</td></tr>')).toBe('<tr><th>France </th><td>leader</td> </tr>');
  });

  it('leaves inline elements and the blocks Pagefind already separates alone', () => {
    const html = '<p>Le <a href="/x/">sommet</a> <em>de</em> Paris</p><h2>Suite</h2>';
    expect(separateBlocks(html)).toBe(html);
  });
});

describe('the result count', () => {
  const count = (forms: { one: string; other: string }, lang: string, n: number) =>
    forms[new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other'].replace('{n}', String(n));

  it('follows each language’s plural rule, as the search page applies it', () => {
    expect(count(fr.searchResultCount, 'fr', 1)).toBe('1 résultat');
    expect(count(fr.searchResultCount, 'fr', 0)).toBe('0 résultat');
    expect(count(fr.searchResultCount, 'fr', 2)).toBe('2 résultats');
    expect(count(en.searchResultCount, 'en', 1)).toBe('1 result');
    expect(count(en.searchResultCount, 'en', 0)).toBe('0 results');
    expect(count(en.searchResultCount, 'en', 7)).toBe('7 results');
  });
});

describe('the build script', () => {
  it('is astro build alone: the search index is written by an integration, not a command after it', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    expect(pkg.scripts.build).toMatch(/astro build$/);
    expect(pkg.scripts.build).not.toMatch(/pagefind/);
  });
});
