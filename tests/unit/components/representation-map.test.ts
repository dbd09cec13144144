import { describe, expect, it, vi } from 'vitest';
import RepresentationMap from '../../../src/components/RepresentationMap.astro';
import type { Country, Lang } from '../../../src/lib/content/schema.ts';
import { renderInArticle } from '../../support/render.ts';

vi.mock('astro:content', () => import('../../support/real-content.ts'));

const country = (id: string, level: Country['level']): Country => ({
  id,
  level,
  levelSources: ['elysee-2026-01-06'],
  representatives: [],
  notes: [],
});
const COUNTRIES = [country('FR', 'leader'), country('UA', 'leader'), country('CY', 'minister')];

const render = (lang: Lang) =>
  renderInArticle(
    RepresentationMap,
    { lang, countries: COUNTRIES, title: 'Map title', legendLabel: 'Legend', tableCaption: 'Caption' },
    lang,
    ['elysee-2026-01-06'],
  );
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** The words of the SVG's text element of that class, its lines joined. */
const svgText = (html: string, className: string) =>
  text(html.match(new RegExp(`<text class="${className}"[^>]*>(.*?)</text>`, 's'))?.[1] ?? '');

describe('RepresentationMap', () => {
  it('hatches Crimea with its own pattern, over Ukraine’s level colour', async () => {
    const html = await render('fr');
    expect(html).toMatch(/<pattern id="representation-map-annexed"[^>]*>/);
    expect(html).toMatch(/<path class="annexed level-leader" fill="url\(#representation-map-annexed\)"[^>]* d="M[\d.,-]+L/);
  });

  it('labels Crimea as annexed by Russia in 2014, on the map and in the legend, in each language', async () => {
    const fr = await render('fr');
    const en = await render('en');
    expect(svgText(fr, 'annexed-label')).toBe('Crimée, annexée par la Russie en 2014');
    expect(svgText(en, 'annexed-label')).toBe('Crimea, annexed by Russia in 2014');
    expect(text(fr.match(/<ul class="legend".*?<\/ul>/s)?.[0] ?? '')).toContain('Crimée, annexée par la Russie en 2014');
    expect(text(en.match(/<ul class="legend".*?<\/ul>/s)?.[0] ?? '')).toContain('Crimea, annexed by Russia in 2014');
    expect(fr).toMatch(/<line class="annexed-leader"/);
  });

  it('draws Kosovo’s border with Serbia dashed and says which borders the map follows', async () => {
    const fr = await render('fr');
    const en = await render('en');
    expect(fr).toMatch(/<path class="disputed"[^>]* d="M[\d.,-]+L/);
    expect(text(fr)).toContain('Frontières : celles que reconnaissent les Nations unies.');
    expect(text(fr)).toContain('entre le Kosovo et la Serbie est en pointillé');
    expect(text(en)).toContain('Borders: as the United Nations recognises them.');
    expect(text(en)).toContain('Cyprus is drawn whole');
  });

  it('stays a scriptless image with an accessible name, and a table', async () => {
    const html = await render('en');
    expect(html).toMatch(/<svg class="map"[^>]* role="img" aria-labelledby="representation-map-title"/);
    expect(html).toContain('<title id="representation-map-title">Map title</title>');
    expect(html).not.toContain('<script');
    expect(html).toMatch(/<table[^>]*>\s*<caption[^>]*>Caption<\/caption>/);
    // Each row's level cites its evidence.
    expect(html.match(/<sup class="cite"[^>]*><a href="#source-elysee-2026-01-06">/g)).toHaveLength(COUNTRIES.length);
  });
});
