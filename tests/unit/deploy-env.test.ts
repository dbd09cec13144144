import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, MISSING_SITE_URL, publicSiteUrl, siteBase, siteUrl } from '../../src/lib/deploy-env.ts';

describe('publicSiteUrl', () => {
  it('is undefined when neither SITE_URL nor a host variable is set (the build then stops)', () => {
    expect(publicSiteUrl({})).toBeUndefined();
    expect(MISSING_SITE_URL).toContain('SITE_URL=https://');
  });

  it('prefers SITE_URL, then reads Netlify, Cloudflare Pages and Vercel variables', () => {
    const hosts = { URL: 'https://a.netlify.app', CF_PAGES_URL: 'https://b.pages.dev', VERCEL_PROJECT_PRODUCTION_URL: 'c.vercel.app' };
    expect(publicSiteUrl({ ...hosts, SITE_URL: 'https://news.example.org' })).toBe('https://news.example.org');
    expect(publicSiteUrl(hosts)).toBe('https://a.netlify.app');
    expect(publicSiteUrl({ CF_PAGES_URL: 'https://b.pages.dev/' })).toBe('https://b.pages.dev');
    expect(publicSiteUrl({ VERCEL_PROJECT_PRODUCTION_URL: 'c.vercel.app' })).toBe('https://c.vercel.app');
  });

  it('names the variable whose value is malformed', () => {
    expect(() => publicSiteUrl({ CF_PAGES_URL: 'not a url' })).toThrow('CF_PAGES_URL must be an absolute URL');
  });
});

describe('siteUrl', () => {
  it('falls back to the local preview origin for dev and tests', () => {
    expect(siteUrl({})).toBe(LOCAL_SITE_URL);
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
