import { describe, expect, it } from 'vitest';
import {
  SECTIONS,
  articleUrl,
  countryUrl,
  entryPaths,
  personUrl,
  sectionParams,
  sectionPaths,
  sectionUrl,
  sitePagePairs,
  sitePagePaths,
} from '../../src/lib/routes.ts';

describe('sectionUrl', () => {
  it('localises the section segment and keeps the base and trailing slash', () => {
    expect(sectionUrl('/', 'fr', 'people')).toBe('/qui-est-qui/');
    expect(sectionUrl('/', 'en', 'people', 'macron')).toBe('/en/whos-who/macron/');
    expect(sectionUrl('/explainer/', 'fr', 'countries', 'fr')).toBe('/explainer/pays/fr/');
  });

  it('gives every section a distinct segment in each language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const segments = Object.values(SECTIONS).map((s) => s[lang]);
      expect(new Set(segments).size).toBe(segments.length);
    }
  });

  it('lists route params in both languages', () => {
    expect(sectionParams('timeline')).toEqual([
      { lang: 'fr', segment: 'chronologie' },
      { lang: 'en', segment: 'timeline' },
    ]);
  });

  it('builds getStaticPaths entries for section pages and entry pages', () => {
    expect(sectionPaths('map')).toEqual([{ params: { lang: undefined, map: 'carte' } }, { params: { lang: 'en', map: 'map' } }]);
    expect(entryPaths('countries', 'country', [{ id: 'FR' }], (c) => c.id.toLowerCase())).toEqual([
      { params: { lang: undefined, countries: 'pays', country: 'fr' }, props: { lang: 'fr', entry: { id: 'FR' } } },
      { params: { lang: 'en', countries: 'countries', country: 'fr' }, props: { lang: 'en', entry: { id: 'FR' } } },
    ]);
  });
});

describe('sitePagePaths', () => {
  it('lists the home, section, entry and article pages of both languages, and no articles index', () => {
    const pages = sitePagePaths('/', {
      articles: [
        { lang: 'fr', slug: 'essentiel', translationKey: 'essentiel' },
        { lang: 'en', slug: 'at-a-glance', translationKey: 'essentiel' },
      ],
      people: [{ id: 'macron' }],
      countries: [{ id: 'FR' }],
    });
    for (const path of [
      '/',
      '/en/',
      '/carte/',
      '/en/map/',
      '/qui-est-qui/macron/',
      '/en/whos-who/macron/',
      '/pays/fr/',
      '/en/countries/fr/',
      '/corrections/',
      '/en/corrections/',
    ]) {
      expect(pages).toContain(path);
    }
    expect(pages).toContain('/articles/essentiel/');
    expect(pages).toContain('/en/articles/at-a-glance/');
    expect(pages).not.toContain('/articles/at-a-glance/');
    expect(pages).not.toContain('/articles/');
    expect(pages).not.toContain('/pays/FR/');
  });
});

describe('sitePagePairs', () => {
  const entries = {
    articles: [
      { lang: 'fr', slug: 'essentiel', translationKey: 'essentiel' },
      { lang: 'en', slug: 'at-a-glance', translationKey: 'essentiel' },
      { lang: 'fr', slug: 'seule', translationKey: 'seule' },
    ],
    people: [{ id: 'macron' }],
    countries: [{ id: 'FR' }],
  } as const;

  it('pairs each page with the same page in the other language, articles by their translation key', () => {
    const pairs = sitePagePairs('/b/', entries);
    expect(pairs).toContainEqual({ fr: '/b/', en: '/b/en/' });
    expect(pairs).toContainEqual({ fr: '/b/carte/', en: '/b/en/map/' });
    expect(pairs).toContainEqual({ fr: '/b/qui-est-qui/macron/', en: '/b/en/whos-who/macron/' });
    expect(pairs).toContainEqual({ fr: '/b/pays/fr/', en: '/b/en/countries/fr/' });
    expect(pairs).toContainEqual({ fr: '/b/articles/essentiel/', en: '/b/en/articles/at-a-glance/' });
  });

  it('names only pages of the route table, and leaves out an article with no translation', () => {
    const pairs = sitePagePairs('/b/', entries);
    const pages = sitePagePaths('/b/', entries);
    expect(pairs.flatMap((pair) => [pair.fr, pair.en]).filter((path) => !pages.has(path))).toEqual([]);
    expect(pairs.some((pair) => pair.fr === '/b/articles/seule/')).toBe(false);
  });
});

describe('articleUrl, countryUrl and personUrl', () => {
  it('build an entry page’s URL in its section, in each language, under the base path', () => {
    expect(articleUrl('/', 'fr', 'fr/essentiel')).toBe('/articles/essentiel/');
    expect(articleUrl('/explainer/', 'en', 'at-a-glance')).toBe('/explainer/en/articles/at-a-glance/');
    expect(countryUrl('/', 'fr', 'FR')).toBe('/pays/fr/');
    expect(countryUrl('/', 'en', 'GB')).toBe('/en/countries/gb/');
    expect(personUrl('/', 'fr', 'macron')).toBe('/qui-est-qui/macron/');
    expect(personUrl('/explainer/', 'en', 'macron')).toBe('/explainer/en/whos-who/macron/');
  });
});
