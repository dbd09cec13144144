import { AstroError } from 'astro/errors';
import { describe, expect, it, vi } from 'vitest';
import Callout from '../../../src/components/mdx/Callout.astro';
import ArticleHeader from '../../../src/components/ArticleHeader.astro';
import Cite from '../../../src/components/mdx/Cite.astro';
import Corrections from '../../../src/components/Corrections.astro';
import Figure from '../../../src/components/mdx/Figure.astro';
import sample from '../../fixtures/images/figure-sample.png';
import KeyPoints from '../../../src/components/KeyPoints.astro';
import PullQuote from '../../../src/components/mdx/PullQuote.astro';
import ShareControl from '../../../src/components/ShareControl.astro';
import SourceList from '../../../src/components/SourceList.astro';
import { htmlWordCount } from '../../../src/lib/reading-time.ts';
import { collections } from '../../support/mock-content.ts';
import { renderInArticle } from '../../support/render.ts';

vi.mock('astro:content', () => import('../../support/mock-content.ts'));

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('article components', () => {
  it('Cite links to its numbered source and gives each citation its own anchor', async () => {
    const html = await renderInArticle(Cite, { id: 'ep' }, 'fr', ['afp', 'ep']);
    expect(html).toMatch(/<sup class="cite[^"]*" id="cite-ep-1"[^>]*><a href="#source-ep"[^>]*>\[2\]<\/a><\/sup>/);
  });

  it('Cite writes marks the reading time does not count as words', async () => {
    expect(htmlWordCount(`Deux mots${await renderInArticle(Cite, { ids: ['afp', 'ep'] }, 'fr', ['afp', 'ep'])}`)).toBe(2);
  });

  it('Cite refuses a source the site does not have with an AstroError naming the file, the property and the value', async () => {
    const error = await renderInArticle(Cite, { ids: ['afp', 'ghost'] }, 'fr').catch((thrown: unknown) => thrown);
    expect(AstroError.is(error)).toBe(true);
    expect((error as Error).message).toBe('content/articles/test.mdx › <Cite> id = "ghost": no source has this id (content/sources/)');
  });

  it('SourceList numbers the sources, the relayed outlet first, each with its kind and a link back', async () => {
    const sources = [
      { ...collections['sources']![0], relays: 'Reuters' },
      { id: 'month-only', publisher: 'Monthly', url: 'https://example.org/m', date: '2026-01', language: 'fr', kind: 'aggregator' },
    ];
    const html = await renderInArticle(SourceList, { lang: 'en', sources }, 'en');
    expect(text(html)).toBe('Sources Reuters, via Publisher afp , 6 January 2026 · press ↩ Monthly , January 2026 · aggregator ↩');
    expect(html).toContain('id="source-afp"');
    expect(html).toContain('href="#cite-afp-1"');
  });

  it('KeyPoints is a labelled aside with one item per point', async () => {
    const html = await renderInArticle(KeyPoints, { lang: 'fr', points: ['Un', 'Deux'] }, 'fr');
    expect(html).toMatch(/<aside[^>]*aria-labelledby="key-points-heading"/);
    expect(text(html)).toBe('L’essentiel Un Deux');
  });

  it('Callout labels itself by kind in the article language', async () => {
    const html = await renderInArticle(Callout, { kind: 'unknown' }, 'en', [], '<p>Who is the 35th?</p>');
    expect(html).toMatch(/<aside class="callout callout-unknown[^"]*" aria-label="What we don’t know"/);
    expect(text(html)).toBe('What we don’t know Who is the 35th?');
  });

  it('PullQuote sets the quote, capital kept, in the page language’s quotation marks, with speaker, role and source', async () => {
    const html = await renderInArticle(PullQuote, { speaker: 'macron', source: 'elysee' }, 'fr', ['elysee'], 'Une phrase.');
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>«\u202fUne phrase\.\u202f»<\/p><\/blockquote>/);
    expect(text(html)).toBe('« Une phrase. » Emmanuel Macron , rôle [1]');
    const english = await renderInArticle(PullQuote, { speaker: 'macron', source: 'elysee' }, 'en', ['elysee'], 'A very big milestone');
    expect(english).toMatch(/<p[^>]*>“A very big milestone”<\/p>/);
    expect(english).not.toMatch(/text-transform|::first-letter/);
  });

  it('Figure serves the image as AVIF and WebP with its size written out, requires alt text and shows the credit', async () => {
    const props = { src: sample, alt: 'Carte', credit: 'Rédaction' };
    const html = await renderInArticle(Figure, props, 'fr');
    expect(text(html)).toBe('Crédit : Rédaction');
    expect(html).toMatch(/<source[^>]+type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+type="image\/webp"/);
    expect(html).toMatch(/<img[^>]+width="640"[^>]+height="400"|<img[^>]+height="400"[^>]+width="640"/);
  });

  it('Figure without alt text fails with an AstroError naming the file, the property and the value', async () => {
    const { alt: _, ...withoutAlt } = { src: sample, alt: '', credit: 'Rédaction' };
    for (const props of [withoutAlt, { ...withoutAlt, alt: ' ' }]) {
      const error = await renderInArticle(Figure, props, 'fr').catch((thrown: unknown) => thrown);
      expect(AstroError.is(error)).toBe(true);
      expect((error as Error).message).toMatch(/^content\/articles\/test\.mdx › <Figure> alt = (undefined|" "): a figure needs alt text/);
    }
  });

  it('Corrections lists dated corrections under the id the log links to, with a link to the log, and renders nothing when there are none', async () => {
    const corrections = [{ date: '2026-11-26', note: 'Nous avions écrit Washington ; la rencontre a eu lieu en Floride.' }];
    const html = await renderInArticle(Corrections, { lang: 'fr', corrections }, 'fr');
    expect(text(html)).toBe(
      'Corrections 26 novembre 2026 — Nous avions écrit Washington ; la rencontre a eu lieu en Floride. Toutes les corrections du site',
    );
    expect(html).toMatch(/<section class="corrections" id="corrections"/);
    expect(html).toMatch(/<a href="\/corrections\/"[^>]*>Toutes les corrections du site<\/a>/);
    expect(await renderInArticle(Corrections, { lang: 'en', corrections }, 'en')).toMatch(
      /<a href="\/en\/corrections\/"[^>]*>All corrections on this site<\/a>/,
    );
    expect(text(await renderInArticle(Corrections, { lang: 'fr', corrections: [] }, 'fr'))).toBe('');
  });

  describe('ArticleHeader', () => {
    const article = {
      title: 'T',
      description: 'D',
      lang: 'fr',
      translationKey: 'k',
      published: '2026-11-25',
      updated: '2026-11-27',
      factsAsOf: '2026-03-22',
      topic: 'overview',
      homeOrder: 1,
      keyPoints: ['p'],
      sources: ['afp'],
      corrections: [],
      draft: false,
    };

    it('shows the title and standfirst, then the format label, the desk’s byline and the reading time, then the three dates, and no second language link', async () => {
      const html = await renderInArticle(ArticleHeader, { article, readingMinutes: 4 }, 'fr');
      expect(text(html)).toBe(
        'T D Décryptage Par la rédaction 4 min Publié le 25 nov. 2026 Mis à jour le 27 nov. 2026 Faits établis au 22 mars 2026',
      );
      for (const date of ['2026-11-25', '2026-11-27', '2026-03-22']) expect(html).toContain(`<time datetime="${date}">`);
      expect(html).toMatch(/<a rel="author" href="\/a-propos\/"/);
      expect(html).not.toContain('hreflang');
    });

    it('names the desk in English too', async () => {
      const html = await renderInArticle(ArticleHeader, { article: { ...article, lang: 'en' }, readingMinutes: 7 }, 'en');
      expect(text(html)).toBe('T D Explainer By the editors 7 min read Published 25 Nov 2026 Updated 27 Nov 2026 Facts as of 22 Mar 2026');
      expect(html).toMatch(/<a rel="author" href="\/en\/about\/"/);
    });

    it('leaves out an update made on the day of publication', async () => {
      const html = await renderInArticle(ArticleHeader, { article: { ...article, updated: article.published }, readingMinutes: 4 }, 'fr');
      expect(text(html)).not.toContain('Mis à jour');
      expect(text(html)).toContain('Publié le 25 nov. 2026');
    });
  });

  it('ShareControl names every target, by the byline as icons with tooltips, at the end in words', async () => {
    const props = { lang: 'en', title: 'T', url: 'https://example.org/en/articles/k/' };
    const header = await renderInArticle(ShareControl, { ...props, placement: 'header' }, 'en');
    const end = await renderInArticle(ShareControl, { ...props, placement: 'end' }, 'en');
    const names = ['Email', 'WhatsApp', 'Bluesky', 'X', 'Facebook', 'LinkedIn'];
    for (const html of [header, end]) {
      const links = [...html.matchAll(/<a class="share-target[^"]*" href="[^"]+"[^>]*>(.*?)<\/a>/gs)].map((match) => text(match[1]!));
      expect(links).toEqual(names);
      expect(html).toMatch(/<svg class="share-icon[^"]*"[^>]*aria-hidden="true"><use href="\/share-icons.svg#[a-z]+"/);
    }
    expect([...header.matchAll(/ title="([^"]+)"/g)].map((match) => match[1])).toEqual(names);
    expect(end).not.toContain(' title=');
    expect(header).toContain('aria-labelledby="share-label-header"');
    expect(end).toContain('aria-labelledby="share-label-end"');
  });
});
