import { describe, expect, it, vi } from 'vitest';
import SourceCitation from '../../../src/components/SourceCitation.astro';
import SourceList from '../../../src/components/SourceList.astro';
import type { Source } from '../../../src/lib/content/schema.ts';
import { renderInArticle } from '../../support/render.ts';

vi.mock('astro:content', () => import('../../support/mock-content.ts'));

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/\s+/g, ' ')
    .trim();

const pioneer: Source = {
  id: 'pioneer',
  publisher: 'The Pioneer',
  relays: 'AP',
  title: 'Security statement endorsed by Ukraine’s allies significant step: Macron',
  url: 'https://example.org/pioneer',
  date: '2026-01-08',
  language: 'en',
  kind: 'aggregator',
};
const ukraine: Source = {
  id: 'ua',
  publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' },
  url: 'https://example.org/ua',
  language: 'en',
  kind: 'primary',
};

describe('SourceCitation', () => {
  it('names the relayed outlet first, then the publisher, the headline as the link, and the date', async () => {
    const html = await renderInArticle(SourceCitation, { source: pioneer, lang: 'fr' }, 'fr');
    expect(text(html)).toBe(
      'AP, via The Pioneer, Security statement endorsed by Ukraine’s allies significant step: Macron, 8 janvier 2026',
    );
    expect(html).toMatch(/<a href="https:\/\/example.org\/pioneer" hreflang="en"><cite lang="en">Security statement/);
    expect(text(await renderInArticle(SourceCitation, { source: pioneer, lang: 'en' }, 'en'))).toMatch(/^AP, via The Pioneer, Security/);
  });

  it('links the publisher when no headline is recorded, and shows no date when the page gives none', async () => {
    const html = await renderInArticle(SourceCitation, { source: ukraine, lang: 'en' }, 'en');
    expect(text(html)).toBe('President of Ukraine');
    expect(html).toContain('<a href="https://example.org/ua" hreflang="en">President of Ukraine</a>');
    expect(html).not.toContain('<time');
    expect(html).not.toContain('<cite');
  });

  it('names an institution in the reader’s language on French pages', async () => {
    expect(text(await renderInArticle(SourceCitation, { source: ukraine, lang: 'fr' }, 'fr'))).toBe('Présidence de l’Ukraine');
  });
});

describe('SourceList', () => {
  it('numbers the sources, each with its citation, its kind and a link back to the text', async () => {
    const html = await renderInArticle(SourceList, { lang: 'fr', sources: [ukraine, pioneer] }, 'fr');
    expect(text(html)).toBe(
      'Sources Présidence de l’Ukraine · source officielle ↩ AP, via The Pioneer, Security statement endorsed by Ukraine’s allies significant step: Macron, 8 janvier 2026 · agrégateur ↩',
    );
    expect(html).toContain('<li id="source-pioneer">');
    expect(html).toContain('href="#cite-pioneer-1" aria-label="Retour au texte (The Pioneer)"');
    expect(html).toContain('aria-label="Retour au texte (Présidence de l’Ukraine)"');
  });
});
