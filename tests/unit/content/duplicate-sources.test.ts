import { describe, expect, it } from 'vitest';
import { duplicateSourceProblems, samePageKey } from '../../../src/lib/content/duplicate-sources.ts';
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
});
