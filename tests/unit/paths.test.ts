import { describe, expect, it } from 'vitest';
import { builtFile, documentTitle, fileUrl, langPrefix, otherLang, pageUrl, pathLang, publicUrl } from '../../src/lib/paths.ts';

describe('pageUrl', () => {
  it('serves French at the root and English under /en/, always with a trailing slash', () => {
    expect(pageUrl('/', 'fr')).toBe('/');
    expect(pageUrl('/', 'en')).toBe('/en/');
    expect(pageUrl('/', 'fr', 'articles/essentiel')).toBe('/articles/essentiel/');
    expect(pageUrl('/', 'en', 'articles/at-a-glance')).toBe('/en/articles/at-a-glance/');
  });

  it('puts every URL under a sub-path base', () => {
    expect(pageUrl('/explainer/', 'fr')).toBe('/explainer/');
    expect(pageUrl('/explainer/', 'en', 'articles/at-a-glance')).toBe('/explainer/en/articles/at-a-glance/');
    expect(pageUrl('/explainer', 'fr', '/articles/essentiel/')).toBe('/explainer/articles/essentiel/');
  });
});

describe('pathLang', () => {
  it('reads English under the base path’s en/, French elsewhere', () => {
    expect(pathLang('/', '/')).toBe('fr');
    expect(pathLang('/pays/fr/', '/')).toBe('fr');
    expect(pathLang('/en/', '/')).toBe('en');
    expect(pathLang('/en', '/')).toBe('en');
    expect(pathLang('/en/404.html', '/')).toBe('en');
    expect(pathLang('/explainer/en/whos-who/', '/explainer/')).toBe('en');
    expect(pathLang('/explainer/entrees/', '/explainer/')).toBe('fr');
  });
});

describe('fileUrl', () => {
  it('puts a file under the base path, without a language prefix or a trailing slash', () => {
    expect(fileUrl('/', 'data/countries.csv')).toBe('/data/countries.csv');
    expect(fileUrl('/explainer/', 'data/countries.csv')).toBe('/explainer/data/countries.csv');
    expect(fileUrl('/explainer', '/rss.xml')).toBe('/explainer/rss.xml');
  });
});

describe('publicUrl', () => {
  it('makes a site path absolute on the public origin, keeping the base path', () => {
    expect(publicUrl('/explainer/en/map/', new URL('https://example.github.io'))).toBe('https://example.github.io/explainer/en/map/');
    expect(publicUrl('/', new URL('https://news.example.org/'))).toBe('https://news.example.org/');
  });
});

describe('language helpers', () => {
  it('gives each language its prefix and its counterpart', () => {
    expect(langPrefix('fr')).toBe('');
    expect(langPrefix('en')).toBe('en');
    expect(otherLang('fr')).toBe('en');
    expect(otherLang('en')).toBe('fr');
  });
});

describe('builtFile', () => {
  it('maps a path under the base to its file in the output folder', () => {
    expect(builtFile('/b/', '/b/')).toBe('index.html');
    expect(builtFile('/b/en/pays/fr/', '/b/')).toBe('en/pays/fr/index.html');
    expect(builtFile('/données/', '/')).toBe('données/index.html');
    expect(builtFile('/b/en/articles/x/og.png', '/b/')).toBe('en/articles/x/og.png');
  });

  it('refuses a path outside the base', () => {
    expect(() => builtFile('/other/', '/b/')).toThrow("/other/ is outside the site's base path /b/");
  });
});

describe('documentTitle', () => {
  it('names the page, then the site; the home page is the site’s name alone', () => {
    expect(documentTitle('La carte des pays représentés', 'Sommet de Paris : l’explication')).toBe(
      'La carte des pays représentés — Sommet de Paris : l’explication',
    );
    expect(documentTitle('The Paris summit, explained', 'The Paris summit, explained')).toBe('The Paris summit, explained');
  });
});
