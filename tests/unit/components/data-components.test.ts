import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../src/lib/content/schema.ts';
import CountComparison from '../../../src/components/mdx/CountComparison.astro';
import CountryList from '../../../src/components/mdx/CountryList.astro';
import Count from '../../../src/components/mdx/Count.astro';
import OpenDataset from '../../../src/components/OpenDataset.astro';
import PersonCard from '../../../src/components/mdx/PersonCard.astro';
import Tally from '../../../src/components/mdx/Tally.astro';
import Timeline from '../../../src/components/mdx/Timeline.astro';
import { collections } from '../../support/mock-content.ts';
import { counts } from '../../support/sample-data.ts';
import { renderInArticle } from '../../support/render.ts';

vi.mock('astro:content', () => import('../../support/mock-content.ts'));

const ALL = ['afp', 'elysee', 'ep', 'aa', 'unn', 'unn2', 'kyiv', 'gzh', 'pravda', 'cyprus'];
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('components that read the collections', () => {
  const original = structuredClone(counts[0]!);
  beforeEach(() => Object.assign(counts[0]!, structuredClone(original)));

  it('Count prints the figure of a reported count, and follows the data when it changes', async () => {
    expect(text(await renderInArticle(Count, { id: 'states-afp' }, 'fr'))).toBe('35');
    counts[0]!.figure = 36;
    expect(text(await renderInArticle(Count, { id: 'states-afp' }, 'fr'))).toBe('36');
  });

  it('CountComparison groups the counts by measure, in the order named, with who reported each and its sources', async () => {
    const html = await renderInArticle(CountComparison, { measures: 'leader-level-states states' }, 'en', ALL);
    expect(text(html)).toBe(
      'The published counts, source by source Figure Reported by What it counts ' +
        'States represented by their head of state or government 27 Publisher ep leaders [3] ' +
        'States represented 35 Publisher afp countries [1]',
    );
    expect(html).toContain('href="#source-ep"');
    expect(html).toContain('scope="colgroup"');
  });

  it('CountComparison names the original outlet before the site that relays it, and follows the data', async () => {
    const afp = (collections['sources'] as { id: string; relays?: string }[]).find((s) => s.id === 'afp')!;
    afp.relays = 'AFP';
    try {
      counts[0]!.figure = 36;
      const html = text(await renderInArticle(CountComparison, { measures: 'states' }, 'fr', ALL));
      expect(html).toContain('États représentés 36 AFP (via Publisher afp) pays [1]');
    } finally {
      delete afp.relays;
    }
  });

  it('CountComparison draws each bar as a share of the largest figure shown, and skips a measure with no count', async () => {
    const html = await renderInArticle(CountComparison, { measures: 'states leader-level-states organisations' }, 'fr', ALL);
    expect(html).toMatch(/<tr data-count="states-afp"[^]*?<rect width="100"/);
    expect(html).toMatch(/<tr data-count="leaders-ep"[^]*?<rect width="77.1"/);
    expect(html).not.toContain('Organisations internationales');
  });

  it('CountryList lists the named states by French name with level and representatives, then the unnamed remainder', async () => {
    const html = text(await renderInArticle(CountryList, {}, 'fr', ALL));
    // Rows of mixed levels cite each level in the row, not once above the table.
    expect(html).toMatch(
      /^Pays Représenté par Présence Allemagne · chef d’État ou de gouvernement \[3\] Représentant non nommé par les sources France · chef d’État ou de gouvernement \[3\] coprésident \[2\] Emmanuel Macron Présence rapportée par Publisher [a-z]+ et Publisher [a-z]+ \[1\] \[2\]/,
    );
    expect(html).toContain('Turquie · ministre [4] Hakan Fidan Présence rapportée par Publisher aa [4]');
    // The US has no row of a level; the unnamed remainder may be it.
    expect(html).not.toContain('États-Unis ·');
    expect(html).toContain(
      '31 États représentés ne sont nommés par aucune source, à moins que les États-Unis ne soient comptés parmi les 35.',
    );
  });

  it('CountryList follows a change of level in the data', async () => {
    const turkey = (collections['countries'] as { id: string; level: string }[]).find((c) => c.id === 'TR')!;
    turkey.level = 'leader';
    try {
      expect(text(await renderInArticle(CountryList, { level: 'leader' }, 'en', ALL))).toContain('Türkiye');
    } finally {
      turkey.level = 'minister';
    }
  });

  it('PersonCard shows delegation, name linked to the person’s page, role, evidence of presence and sources', async () => {
    const html = await renderInArticle(PersonCard, { id: 'fidan' }, 'en', ALL);
    expect(text(html)).toBe('Türkiye Hakan Fidan Role [4] Attendance reported by Publisher aa [4]');
    expect(html).toContain('href="/en/whos-who/fidan/"');
  });

  it('PersonCard names the delegation in its kicker by one rule, the state or the organisation, even where the role names it', async () => {
    const kicker = (html: string) => /<p class="delegation label"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
    const witkoff = collections['people']!.find((entry) => entry.id === 'witkoff') as Person;
    const added: Person[] = [
      { ...witkoff, id: 'us-envoy', role: { fr: 'envoyé spécial des États-Unis', en: 'US special envoy' } },
      {
        ...witkoff,
        id: 'eu-envoy',
        role: { fr: 'haute représentante de l’Union européenne', en: 'High Representative of the EU' },
        country: undefined,
        organisation: 'eu',
      },
      {
        ...witkoff,
        id: 'eu-chair',
        role: { fr: 'président du Conseil européen', en: 'President of the European Council' },
        country: undefined,
        organisation: 'eu',
      },
    ];
    collections['people']!.push(...added);
    try {
      expect(kicker(await renderInArticle(PersonCard, { id: 'us-envoy' }, 'fr', ALL))).toBe('États-Unis');
      expect(kicker(await renderInArticle(PersonCard, { id: 'eu-envoy' }, 'fr', ALL))).toBe('UE');
      expect(kicker(await renderInArticle(PersonCard, { id: 'eu-chair' }, 'fr', ALL))).toBe('UE');
      expect(kicker(await renderInArticle(PersonCard, { id: 'eu-envoy' }, 'en', ALL))).toBe('EU');
    } finally {
      collections['people']!.splice(-added.length);
    }
  });

  it('PersonCard leaves out the delegation on the delegation’s own page', async () => {
    const html = await renderInArticle(PersonCard, { id: 'fidan', showDelegation: false }, 'fr', ALL);
    expect(text(html)).toBe('Hakan Fidan Rôle [4] Présence rapportée par Publisher aa [4]');
  });

  it('Tally computes from the collections, in words under ten in the page’s language', async () => {
    expect(text(await renderInArticle(Tally, { of: 'named-states' }, 'fr'))).toBe('quatre');
    expect(text(await renderInArticle(Tally, { of: 'named-states' }, 'en'))).toBe('four');
  });

  it('OpenDataset links both files of a dataset, counts its records and describes each field', async () => {
    const html = await renderInArticle(OpenDataset, { dataset: 'countries', lang: 'en' }, 'en');
    expect(html).toContain('href="/data/countries.json"');
    expect(html).toContain('href="/data/countries.csv"');
    expect(text(html)).toContain(
      'Each file holds 5 entries: the 4 states our sources name and the United States, which may or may not be among the 35 states represented.',
    );
    expect(text(html)).not.toContain('(5 entries)');
    expect(text(html)).toContain('co_chair boolean true if the state co-chaired the summit, false otherwise.');
    expect(text(html)).toContain('notes_en list of texts The same notes, in English');
    expect(html.match(/<th scope="row"/g)).toHaveLength(12);
  });

  it('Timeline lists events oldest first with dates in the article language, the summit day labelled', async () => {
    const html = await renderInArticle(Timeline, { from: '2025-07' }, 'fr', ALL);
    expect(text(html)).toBe('juillet 2025 QG [8] 6 janvier 2026 Jour du sommet Sommet [2]');
    expect(html.match(/class="summit-day"/g)).toHaveLength(1);
  });
});
