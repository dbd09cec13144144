import { beforeAll, describe, expect, it, vi } from 'vitest';
import RepresentationMap from '../../../src/components/RepresentationMap.astro';
import type { Country, Lang, Person } from '../../../src/lib/content/schema.ts';
import { renderInArticle } from '../../support/render.ts';

vi.mock('astro:content', () => import('../../support/real-content.ts'));

const country = (id: string, level: Country['level'], representatives: string[] = [], levelSources = ['elysee-2026-01-06']): Country => ({
  id,
  level,
  levelSources,
  representatives,
  notes: [],
  after: [],
  lead: [],
  articles: [],
});
const COUNTRIES = [
  country('FR', 'leader', ['macron']),
  country('UA', 'leader'),
  country('CY', 'minister', ['damianos']),
  country('LU', 'minister', [], ['cyprusmail-2026-01-05']),
];
const PEOPLE = [
  { id: 'macron', name: 'Emmanuel Macron', presence: { status: 'present', sources: ['elysee-2026-01-06'] } },
  { id: 'damianos', name: 'Michael Damianos', presence: { status: 'announced', sources: ['cyprusmail-2026-01-05'] } },
] as Person[];

const render = (lang: Lang) =>
  renderInArticle(RepresentationMap, { lang, countries: COUNTRIES, people: PEOPLE, headline: 'Headline figure' }, lang, [
    'elysee-2026-01-06',
    'cyprusmail-2026-01-05',
  ]);
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** The words of the SVG's text element of that class, its lines joined. */
const svgText = (html: string, className: string) =>
  text(html.match(new RegExp(`<text class="${className}"[^>]*>(.*?)</text>`, 's'))?.[1] ?? '');
const legend = (html: string) => text(html.match(/<div class="map-legend.*?<\/details>\s*<\/div>/s)?.[0] ?? '');

describe('RepresentationMap', () => {
  // The first drawing reads and simplifies the atlas (a few seconds on a busy machine).
  beforeAll(() => render('fr'), 30_000);

  it('puts the headline figure and the legend before the map, and the table after it', async () => {
    const html = await render('fr');
    const at = (pattern: string) => html.indexOf(pattern);
    expect(at('Headline figure')).toBeGreaterThan(-1);
    expect(at('Headline figure')).toBeLessThan(at('class="map-legend'));
    expect(at('class="map-legend')).toBeLessThan(at('<svg'));
    expect(at('</svg>')).toBeLessThan(at('class="map-table'));
  });

  it('makes each represented state a link to its country page, named by its level', async () => {
    const html = await render('fr');
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>\s*<title>([^<]+)<\/title>/g)].map(([, href, name]) => [href, name]);
    expect(links.sort()).toEqual([
      ['/pays/cy/', 'Chypre — ministre'],
      ['/pays/fr/', 'France — chef d’État ou de gouvernement'],
      ['/pays/lu/', 'Luxembourg — ministre'],
      ['/pays/ua/', 'Ukraine — chef d’État ou de gouvernement'],
    ]);
    // Luxembourg's marker circle is inside its link.
    expect(html).toMatch(/<a href="\/pays\/lu\/">\s*<title>[^<]*<\/title>\s*<path[^>]*><\/path>\s*<circle class="paint-medium marker"/);
  });

  it('labels Ukraine, France and Paris, and Crimea as annexed by Russia in 2014, in each language', async () => {
    const fr = await render('fr');
    const en = await render('en');
    expect(svgText(fr, 'state-label ukraine')).toBe('Ukraine');
    expect(svgText(fr, 'state-label')).toBe('France');
    expect(svgText(fr, 'paris-label')).toBe('Paris');
    expect(fr).toMatch(/<circle class="paris"/);
    expect(svgText(fr, 'annexed-label')).toBe('Crimée, annexée par la Russie en 2014');
    expect(svgText(en, 'annexed-label')).toBe('Crimea, annexed by Russia in 2014');
    expect(fr).toMatch(/<path class="annexed" fill="url\(#map-annexed\)" d="m[\d -]+/);
  });

  it('explains every symbol in the legend', async () => {
    const fr = legend(await render('fr'));
    for (const entry of [
      'chef d’État ou de gouvernement',
      'ministre',
      'pays non représenté ou non nommé',
      'petit État, marqué d’un cercle',
      'Crimée, annexée par la Russie en 2014',
      'frontière contestée (Kosovo, Serbie)',
      'Paris, où s’est tenu le sommet',
    ])
      expect(fr).toContain(entry);
  });

  it('folds the symbols other than the levels behind a summary, the levels staying out of it', async () => {
    const html = await render('fr');
    const fold = html.match(/<details class="symbols">.*?<\/details>/s)?.[0] ?? '';
    expect(text(fold)).toMatch(/^Tous les symboles Symboles /);
    expect(text(fold)).toContain('Paris, où s’est tenu le sommet');
    expect(text(fold)).not.toContain('ministre');
  });

  it('frames the inset of a state that is not a member with the key’s dashed line, and no other', async () => {
    const us: Country = { ...country('US', 'envoy'), membership: { status: 'non-member', sources: ['elysee-2026-01-06'] } };
    const html = await renderInArticle(
      RepresentationMap,
      { lang: 'en', countries: [...COUNTRIES, us, country('CA', 'leader')], people: PEOPLE, headline: 'Headline figure' },
      'en',
      ['elysee-2026-01-06'],
    );
    expect(html.match(/<rect class="frame non-member-frame"/g)).toHaveLength(1);
    expect(html.match(/<rect class="frame"/g)?.length).toBeGreaterThanOrEqual(2);
    // Each inset named in full in the SVG and, for narrow screens, in the list under the panels.
    expect(html.match(/<text class="inset-label"[^>]*>\s*(Canada|United States)\s*<\/text>/g)).toHaveLength(2);
    expect(text(html.match(/<p class="inset-names".*?<\/p>/s)?.[0] ?? '')).toBe('United States Canada');
  });

  it('draws a state whose place in the count is unsettled (the US) in the grey of no level, named so, with its own row in the key', async () => {
    const us: Country = { ...country('US', 'envoy'), membership: { status: 'non-member', sources: ['elysee-2026-01-06'] } };
    const html = await renderInArticle(
      RepresentationMap,
      { lang: 'fr', countries: [...COUNTRIES, us, country('JP', 'envoy')], people: PEOPLE, headline: 'Headline figure' },
      'fr',
      ['elysee-2026-01-06'],
    );
    const link = (id: string) => html.match(new RegExp(`<a href="/pays/${id}/">.*?</a>`, 's'))?.[0] ?? '';
    expect(link('us')).toMatch(/<path class="paint-unsettled non-member inset" d=/);
    expect(link('us')).not.toContain('url(#');
    expect(text(link('us'))).toBe('États-Unis — présents, sans rang établi — non membre de la coalition');
    expect(link('jp')).toMatch(/<path class="paint-stripes inset" fill="url\(#map-stripes\)"/);
    // The key: envoys (Japan) as a level, the US in a row of its own, with its grey and dashed swatch.
    const levels = html.match(/<ul aria-labelledby="map-legend-levels">.*?<\/ul>/s)?.[0] ?? '';
    expect(text(levels)).toMatch(/^chef d’État ou de gouvernement ministre ambassadeur ou envoyé spécial présents, sans rang établi \(/);
    // The names on one line: « États-Unis » is not cut at its hyphen.
    expect(levels).toContain('présents, sans rang établi (<span class="names">États-Unis</span>)');
    expect(levels).toContain('<span class="swatch paint-unsettled non-member">');
  });

  it('draws Kosovo’s border with Serbia dashed and says which borders the map follows', async () => {
    const fr = await render('fr');
    const en = await render('en');
    expect(fr).toMatch(/<path class="disputed" d="m[\d -]+/);
    expect(text(fr)).toContain('Frontières : celles que reconnaissent les Nations unies.');
    expect(text(en)).toContain('Cyprus is drawn whole');
  });

  it('groups the table by level with counts, links states and representatives, says an unconfirmed presence, runs no script', async () => {
    const html = await render('fr');
    expect(html).not.toContain('<script');
    expect(text(html)).toContain('Au niveau des chefs d’État ou de gouvernement (2)');
    expect(text(html)).toContain('Au niveau ministériel (2)');
    const table = html.slice(html.indexOf('class="map-table'));
    expect(table).toContain('<a href="/qui-est-qui/macron/">Emmanuel Macron</a>');
    expect(table).toContain('<a href="/pays/fr/">France</a>');
    // A presence no source confirms says so; the person's page cites the evidence.
    expect(text(table)).toContain('Michael Damianos (venue annoncée, non confirmée)');
    expect(text(table)).not.toContain('Emmanuel Macron (');
  });

  it("cites a level's source once in its table's caption when every row gives it, else in each row", async () => {
    const table = (await render('fr')).split('class="map-table')[1] ?? '';
    const [leaders = '', ministers = ''] = table.split('<h3').slice(1);
    // Leaders: both rows give the Élysée, cited once, in the caption, and in no row.
    expect(leaders).toMatch(
      /<caption>Niveau de représentation selon [^<]+<sup class="cite"[^>]*><a href="#source-elysee-2026-01-06">\[1\]/,
    );
    expect(leaders.match(/class="cite"/g)).toHaveLength(1);
    expect(leaders.slice(leaders.indexOf('</caption>'))).not.toContain('class="cite"');
    // Ministers: two rows, two sources: no caption, each row cites its own.
    expect(ministers).not.toContain('<caption');
    expect(ministers).toMatch(/Chypre<\/a><sup class="cite"[^>]*><a href="#source-elysee-2026-01-06">/);
    expect(ministers).toMatch(/Luxembourg<\/a><sup class="cite"[^>]*><a href="#source-cyprusmail-2026-01-05">/);
  });
});
