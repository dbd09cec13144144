import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteBase, siteUrl } from '../../src/lib/deploy-env.ts';

describe('siteUrl', () => {
  it('defaults to the local preview origin', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
  });

  it('keeps only the origin of SITE_URL', () => {
    expect(siteUrl({ SITE_URL: 'https://news.example.org/some/path' })).toBe('https://news.example.org');
  });

  it('fails clearly on a malformed or non-web SITE_URL', () => {
    expect(() => siteUrl({ SITE_URL: 'news.example.org' })).toThrow('SITE_URL must be an absolute URL');
    expect(() => siteUrl({ SITE_URL: 'ftp://news.example.org' })).toThrow('SITE_URL must start with http:// or https://');
  });
});

describe('siteBase', () => {
  it('normalises BASE_PATH to start and end with a slash', () => {
    expect(siteBase({})).toBe('/');
    expect(siteBase({ BASE_PATH: '/' })).toBe('/');
    expect(siteBase({ BASE_PATH: 'explainer' })).toBe('/explainer/');
    expect(siteBase({ BASE_PATH: '/news/explainer' })).toBe('/news/explainer/');
  });
});
