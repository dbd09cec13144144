import { describe, expect, it } from 'vitest';
import { articleNumberKey, duplicateSourceProblems, samePageKey } from '../../../src/lib/content/duplicate-sources.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import type { Source } from '../../../src/lib/content/schema.ts';

const source = (id: string, url: string) => ({
  file: 'sources.yaml',
  label: `sources[${id}]`,
  data: { id, url, publisher: 'P', language: 'en', kind: 'press' } satisfies Source,
});

describe('samePageKey', () => {
  it('sets aside the scheme, www., the host case, a trailing slash and the fragment', () => {
    const key = samePageKey('https://example.org/a/b');
    for (const url of [
      'http://example.org/a/b',
      'https://www.example.org/a/b/',
      'https://EXAMPLE.org/a/b#part',
      'HTTP://WWW.Example.ORG/a/b/#x',
    ])
      expect(samePageKey(url), url).toBe(key);
  });

  it('keeps what can name another page: the path’s case, the query, another subdomain', () => {
    const key = samePageKey('https://example.org/a/b');
    for (const url of ['https://example.org/A/b', 'https://example.org/a/b?page=2', 'https://m.example.org/a/b', 'https://example.org/a'])
      expect(samePageKey(url), url).not.toBe(key);
  });
});

describe('articleNumberKey', () => {
  it('reads the number that ends the last path segment, with the host', () => {
    expect(articleNumberKey('https://tass.com/world/2090595')).toBe('tass.com #2090595');
    expect(articleNumberKey('https://www.themoscowtimes.com/2026/01/06/allies-meet-in-paris-a91617')).toBe('themoscowtimes.com #91617');
    expect(articleNumberKey('https://www.independent.co.uk/news/starmer-troops-b2896054.html')).toBe('independent.co.uk #2896054');
    expect(articleNumberKey('https://example.org/news/7228489/')).toBe('example.org #7228489');
  });

  it('finds none in a slug without a final number, a short number or a hash', () => {
    for (const url of [
      'https://babel.ua/en/news/124009-zelensky-and-trump-met-in-florida',
      'https://example.org/news/2026/01/06',
      'https://example.org/actualites/macron-recevra-zelensky-6b301a70aad2236dfadefed6d870bdb5',
      'https://example.org/actualites/la-coalition-3758c1ea3c5657b1454954cdace09351',
    ])
      expect(articleNumberKey(url), url).toBeUndefined();
  });
});

describe('duplicateSourceProblems', () => {
  it('reports the later of two sources for one page, naming both ids', () => {
    const problems = duplicateSourceProblems([
      source('a', 'https://www.example.org/page'),
      source('b', 'https://example.org/other'),
      source('c', 'http://example.org/page/'),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'sources.yaml › sources[c].url = "http://example.org/page/": sources a and c are the same page: keep one',
    ]);
  });

  it('reports two slugs of one numbered article on one site, not the same number on another site', () => {
    const problems = duplicateSourceProblems([
      source('first', 'https://www.themoscowtimes.com/2026/01/06/ukraines-allies-meet-in-paris-a91617'),
      source('other-site', 'https://example.org/news/allies-meet-a91617'),
      source('second', 'https://www.themoscowtimes.com/2026/01/06/western-allies-agree-guarantees-a91617'),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'sources.yaml › sources[second].url = "https://www.themoscowtimes.com/2026/01/06/western-allies-agree-guarantees-a91617": sources first and second are the same page: keep one',
    ]);
  });
});
