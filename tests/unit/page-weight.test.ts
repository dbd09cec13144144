import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assetKind,
  budgetOf,
  budgetProblems,
  PAGE_TYPES,
  pageType,
  pageWeight,
  transferSize,
  type Budget,
  type Budgets,
} from '../support/page-weight.ts';

const BUDGETS = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')) as Record<string, Budget>;

/** A fixture dist/ with one article page, its stylesheet and a font. */
function fixtureSite(body: string): string {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dist, 'articles', 'x'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'articles', 'x', 'index.html'), `<!doctype html><html><body><main>${body}</main></body></html>`);
  writeFileSync(join(dist, '_astro', 'style.css'), 'body{margin:0}'.repeat(50));
  writeFileSync(join(dist, '_astro', 'serif.woff2'), randomBytes(14_000));
  return dist;
}

const ARTICLE_FILES = ['articles/x/index.html', '_astro/style.css', '_astro/serif.woff2'];

describe('page-weight budgets', () => {
  it('has a budget for every page type, each within the targets the site promises', () => {
    expect(
      Object.keys(BUDGETS)
        .filter((key) => !key.startsWith('$') && key !== 'pages')
        .sort(),
    ).toEqual([...PAGE_TYPES].sort());
    expect(BUDGETS['article']).toMatchObject({ total: 58368, css: 10240, js: 1024 });
    for (const type of PAGE_TYPES) expect(BUDGETS[type]?.css).toBeLessThanOrEqual(10240);
  });

  it('lets a page listed under `pages` raise its own limits, with a reason, and no other page', () => {
    const budgets = BUDGETS as unknown as Budgets;
    for (const [file, own] of Object.entries(budgets.pages ?? {})) {
      expect(own.$reason.length, file).toBeGreaterThan(20);
      expect(budgetOf(file, pageType(file), budgets)).toEqual({
        ...budgets[pageType(file)],
        html: own.html,
        ...(own.total ? { total: own.total } : {}),
      });
    }
    expect(budgetOf('articles/x/index.html', 'article', budgets)).toEqual(budgets.article);
  });

  it('passes a normal fixture article and fails the same article inflated past its budget, naming page, kind and budget', () => {
    const normal = fixtureSite('<p>Un paragraphe.</p>'.repeat(200));
    const weight = pageWeight(ARTICLE_FILES, normal);
    expect(weight.byKind.font.gzip).toBe(14_000);
    expect(budgetProblems('articles/x/index.html', 'article', weight, BUDGETS['article'] ?? {})).toEqual([]);

    const inflated = fixtureSite(`<p>${randomBytes(48_000).toString('base64')}</p>`);
    const problems = budgetProblems('articles/x/index.html', 'article', pageWeight(ARTICLE_FILES, inflated), BUDGETS['article'] ?? {});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^dist\/articles\/x\/index\.html \(article\): html weighs \d+\.\d KB gzipped, over its budget of 18\.0 KB \(tests\/budgets\.json › article\.html\)$/,
    );
    expect(problems[1]).toContain('total weighs');
  });

  it('leaves images out of the total and lists them apart', () => {
    const dist = fixtureSite('<p>x</p>');
    writeFileSync(join(dist, '_astro', 'photo.avif'), randomBytes(80_000));
    const weight = pageWeight([...ARTICLE_FILES, '_astro/photo.avif'], dist);
    expect(weight.byKind.image.gzip).toBe(80_000);
    expect(weight.total.gzip).toBeLessThan(20_000);
  });
});

describe('measuring helpers', () => {
  it('compresses text files and counts fonts and images as they are', () => {
    const text = Buffer.from('<p>répété</p>'.repeat(1000));
    const html = transferSize(text, 'a.html');
    expect(html.gzip).toBeLessThan(text.length / 10);
    expect(html.brotli).toBeLessThanOrEqual(html.gzip);
    expect(transferSize(text, 'a.woff2')).toEqual({ gzip: text.length, brotli: text.length });
  });

  it('sorts files by kind and pages by type', () => {
    expect(['a.css', 'b.js', 'c.woff2', 'd.avif', 'e.html', 'f.wasm'].map(assetKind)).toEqual([
      'css',
      'js',
      'font',
      'image',
      'html',
      'other',
    ]);
    expect(pageType('index.html')).toBe('home');
    expect(pageType('en/articles/who-came/index.html')).toBe('article');
    expect(pageType('qui-est-qui/macron/index.html')).toBe('people');
    expect(pageType('en/countries/fr/index.html')).toBe('country');
    expect(pageType('carte/index.html')).toBe('map');
    expect(pageType('en/search/index.html')).toBe('search');
    expect(pageType('chronologie/index.html')).toBe('other');
  });
});
