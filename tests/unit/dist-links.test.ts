import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { pagePath } from '../support/dist.ts';
import { extractLinks, resolveInternal, scriptSources } from '../support/links.ts';

const ORIGIN = 'https://news.example.org';

describe('link checker helpers', () => {
  it('extracts links from built HTML, entities decoded', () => {
    const html = '<a href="/a/?x=1&amp;y=2#top">a</a><img src="/i.png" alt=""><h2 id="top">t</h2>';
    expect(extractLinks(load(html))).toEqual([
      { attribute: 'href', url: '/a/?x=1&y=2#top' },
      { attribute: 'src', url: '/i.png' },
    ]);
  });

  it('extracts the site URLs of the sharing tags, not their other values', () => {
    const html =
      '<meta property="og:url" content="https://x.org/en/"><meta property="og:image" content="https://x.org/og.png">' +
      '<meta property="og:title" content="Title">';
    expect(extractLinks(load(html))).toEqual([
      { attribute: 'content', url: 'https://x.org/en/' },
      { attribute: 'content', url: 'https://x.org/og.png' },
    ]);
  });

  it('maps internal URLs to dist files, with their fragment', () => {
    expect(resolveInternal('/en/', '/', ORIGIN, '/')).toEqual({ file: 'en/index.html' });
    expect(resolveInternal('#sources', '/articles/x/', ORIGIN, '/')).toEqual({ file: 'articles/x/index.html', fragment: 'sources' });
    expect(resolveInternal(`${ORIGIN}/explainer/en/`, '/explainer/', ORIGIN, '/explainer/')).toEqual({ file: 'en/index.html' });
  });

  it('leaves external links alone and rejects links that escape the base path', () => {
    expect(resolveInternal('https://www.elysee.fr/', '/', ORIGIN, '/')).toBeUndefined();
    expect(resolveInternal('mailto:desk@example.org', '/', ORIGIN, '/')).toBeUndefined();
    expect(() => resolveInternal('/en/', '/explainer/', ORIGIN, '/explainer/')).toThrow('outside the site');
  });

  it('gives the URL path each page file is served at', () => {
    expect(pagePath('index.html', '/')).toBe('/');
    expect(pagePath('en/articles/x/index.html', '/explainer/')).toBe('/explainer/en/articles/x/');
    expect(pagePath('404.html', '/')).toBe('/404.html');
  });

  it('lists what executable scripts load, inline ones included, but not JSON-LD', () => {
    const html = '<script type="application/ld+json">{}</script><script type="module" src="/s.js"></script><script>alert(1)</script>';
    expect(scriptSources(load(html))).toEqual(['/s.js', 'inline']);
  });
});
