import { describe, expect, it, vi } from 'vitest';
import SourceCitation from '../../../src/components/SourceCitation.astro';
import SourceList from '../../../src/components/SourceList.astro';
import type { Lang, Source } from '../../../src/lib/content/schema.ts';
import SourceGroups from '../../../src/components/SourceGroups.astro';
import { pagesCiting, type CitingPage } from '../../../src/lib/source-usage.ts';
import { languageChoices, sourceSummary } from '../../../src/lib/sources.ts';
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
      'Sources Présidence de l’Ukraine, date non indiquée · source officielle ↩ AP, via The Pioneer, Security statement endorsed by Ukraine’s allies significant step: Macron, 8 janvier 2026 · agrégateur ↩',
    );
    expect(html).toContain('<li id="source-pioneer">');
    expect(html).toContain('href="#cite-pioneer-1" aria-label="Retour au texte (The Pioneer)"');
    expect(html).toContain('aria-label="Retour au texte (Présidence de l’Ukraine)"');
  });
});

describe('SourceGroups', () => {
  const pages = (ids: string[]): CitingPage[] => ids.map((id) => ({ title: `Page ${id}`, href: `/${id}/`, sources: [id] }));
  const render = (lang: Lang, sources: readonly Source[], usage: ReadonlyMap<string, CitingPage[]>) =>
    renderInArticle(SourceGroups, { lang, sources, usage, languages: languageChoices(sourceSummary(sources).byLanguage) }, lang);

  it('puts official sources, press, then aggregators under their headings, each with a one-sentence explanation', async () => {
    const sources = [
      pioneer,
      ukraine,
      { ...pioneer, id: 'meduza', publisher: 'Meduza', relays: undefined, title: undefined, kind: 'press' as const },
    ];
    const html = await render('fr', sources, pagesCiting(pages(['ua'])));
    const headings = [...html.matchAll(/<h2 id="kind-([a-z]+)"[^>]*>([^<]+)<\/h2>\s*<p class="kind-text"[^>]*>([^<]+)</g)];
    expect(headings.map(([, kind, heading]) => [kind, heading])).toEqual([
      ['primary', 'Sources officielles'],
      ['press', 'Presse'],
      ['aggregator', 'Agrégateurs'],
    ]);
    for (const [, , , explanation] of headings) expect(explanation).toMatch(/^[^.]+\.$/);
    const group = (kind: string) => html.slice(html.indexOf(`id="kind-${kind}"`)).split('</section>')[0]!;
    expect(group('primary')).toContain('<li id="source-ua"');
    expect(group('press')).toContain('<li id="source-meduza"');
    expect(group('aggregator')).toContain('<li id="source-pioneer"');
    expect(group('press')).not.toContain('source-ua');
  });

  it('gives each entry its citation, then its site, its language by name and the pages that cite it', async () => {
    const sources = [ukraine, pioneer, { ...pioneer, id: 'uk', url: 'https://www.example.com.ua/x', language: 'uk' }];
    const html = await render('en', sources, pagesCiting(pages(['ua'])));
    const entry = (id: string) => text(html.slice(html.indexOf(`<li id="source-${id}"`)).split('</li>')[0]!);
    // Neither headline nor date recorded: the entry says so; the pioneer's, which has both, does not.
    expect(entry('ua')).toBe('President of Ukraine, headline and date not recorded example.org/ua · English · Cited on: Page ua');
    expect(entry('pioneer')).toBe(
      'AP, via The Pioneer, Security statement endorsed by Ukraine’s allies significant step: Macron, 8 January 2026 example.org · English · Cited on: not cited yet',
    );
    expect(entry('uk')).toMatch(/ example\.com\.ua · Ukrainian · /);
    expect(html).toContain('<a href="/ua/"');
    // The language filter's choice of each entry: English first (two sources), then Ukrainian.
    expect(html).toMatch(/<li id="source-ua" data-language-choice="0"/);
    expect(html).toMatch(/<li id="source-uk" data-language-choice="1"/);
  });

  it('leaves out a kind that has no source', async () => {
    const html = await render('en', [ukraine], new Map());
    expect(html).toContain('Official sources');
    expect(html).not.toContain('kind-press');
    expect(html).not.toContain('kind-aggregator');
  });
});
