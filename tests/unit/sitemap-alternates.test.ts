import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAlternates, hreflangLinks, readHead } from '../../src/lib/sitemap-alternates.ts';

const HEAD =
  '<link rel="alternate" hreflang="fr" href="https://x.org/b/articles/essentiel/">' +
  '<link rel="alternate" hreflang="en" href="https://x.org/b/en/articles/at-a-glance/">' +
  '<link rel="alternate" hreflang="x-default" href="https://x.org/b/articles/essentiel/">';

describe('hreflangLinks', () => {
  it('reads the alternates in document order and ignores other links', () => {
    expect(
      hreflangLinks(`<link rel="canonical" href="https://x.org/b/">${HEAD}<link rel="alternate" type="application/rss+xml" href="r">`),
    ).toEqual([
      { lang: 'fr', url: 'https://x.org/b/articles/essentiel/' },
      { lang: 'en', url: 'https://x.org/b/en/articles/at-a-glance/' },
      { lang: 'x-default', url: 'https://x.org/b/articles/essentiel/' },
    ]);
  });
});

describe('addAlternates', () => {
  it('adds the alternates the built page declares', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
    mkdirSync(join(dir, 'articles', 'essentiel'), { recursive: true });
    writeFileSync(join(dir, 'articles', 'essentiel', 'index.html'), `<head>${HEAD}</head>`);
    writeFileSync(join(dir, 'index.html'), '<head></head>');
    const serialize = addAlternates(dir, '/b/');
    const item = (url: string) => ({ url, links: [] });
    expect(serialize(item('https://x.org/b/articles/essentiel/')).links).toHaveLength(3);
    expect(serialize(item('https://x.org/b/'))).toEqual(item('https://x.org/b/'));
  });

  it('finds a page whose URL is percent-encoded, and refuses one outside the base', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
    mkdirSync(join(dir, 'données'), { recursive: true });
    writeFileSync(join(dir, 'données', 'index.html'), `<head>${HEAD}</head>`);
    const serialize = addAlternates(dir, '/b/');
    expect(serialize({ url: 'https://x.org/b/donn%C3%A9es/', links: [] }).links).toHaveLength(3);
    expect(() => serialize({ url: 'https://x.org/other/', links: [] })).toThrow("/other/ is outside the site's base path /b/");
  });
});

describe('readHead', () => {
  const dir = mkdtempSync(join(tmpdir(), 'head-'));

  it('reads a page up to its </head>, accents included, and not its body', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, `<head><title>Qui était là</title>${HEAD}</head><body>${'é'.repeat(100_000)}</body>`);
    expect(readHead(file)).toBe(`<head><title>Qui était là</title>${HEAD}`);
  });

  it('reads the whole page when its head is longer than the first read or missing', () => {
    const long = join(dir, 'long.html');
    writeFileSync(long, `<head>${'x'.repeat(70_000)}${HEAD}</head>`);
    expect(hreflangLinks(readHead(long))).toHaveLength(3);
    const headless = join(dir, 'headless.html');
    writeFileSync(headless, HEAD);
    expect(readHead(headless)).toBe(HEAD);
  });
});
