/**
 * A source shows a headline only when the facts file records one, and then exactly that one:
 * section 8a by source id (status H), or section 8b by the URL of the page seen. The facts file
 * is read from `../shared/facts/summit-facts.md`, beside the repository.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryHint, publisherName } from '../../../src/lib/sources.ts';
import { readContent } from '../../support/read-content.ts';
import { validateContent } from '../../support/validate-content.ts';
import { headlineOnly, headlinesById, headlinesByUrl, tableRows } from '../../support/facts-headlines.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FACTS = readFileSync(new URL('../../../../shared/facts/summit-facts.md', import.meta.url), 'utf8');
const sources = validateContent(readContent(ROOT).content).content.sources.map((source) => source.data);
const byId = headlinesById(FACTS);
const byUrl = headlinesByUrl(FACTS);

describe('reading the facts file', () => {
  it('reads the rows of a section’s table, without its header', () => {
    const markdown = [
      '### 8a. Headlines',
      '',
      '| # | id |',
      '|---|---|',
      '| 1 | a |',
      '| 2 | b |',
      '### 8b. Next',
      '| x |',
      '|---|',
      '| y |',
    ].join('\n');
    expect(tableRows(markdown, '### 8a.')).toEqual([
      ['1', 'a'],
      ['2', 'b'],
    ]);
  });

  it('drops a labelled remark after a headline, but not a parenthesis of the headline', () => {
    expect(headlineOnly('UK and France commit (video line: "Starmer: UK and France commit")')).toBe('UK and France commit');
    expect(headlineOnly('„Koalition" einigt sich (kicker: "Friedenstruppe")')).toBe('„Koalition" einigt sich');
    expect(headlineOnly('"Plusieurs milliers" de soldats (Macron)')).toBe('"Plusieurs milliers" de soldats (Macron)');
  });

  it('finds the recorded headlines (status H only) and the 8b headlines by URL', () => {
    expect(byId.get('visir-2026-01-06')).toBe('Kristrún, Witkoff og Kushner á fundinum í París í dag');
    expect(byId.has('elysee-2026-01-06')).toBe(false);
    expect(byId.has('impact-european')).toBe(false);
    expect(byUrl.get('https://8sidor.se/varlden/2026/01/sverige-kan-hjalpa-med-flygplan/')).toBe('Sverige kan hjälpa med flygplan');
    expect([...byUrl.values()].some((headline) => headline.startsWith('not shown'))).toBe(false);
  });
});

describe('the headlines in content/sources.yaml', () => {
  it.each(sources.map((source) => [source.id, source] as const))(
    '%s: a title iff the facts file records one, equal to it',
    (_id, source) => {
      const fromId = byId.get(source.id);
      const fromUrl = source.url === undefined ? undefined : byUrl.get(source.url);
      if (fromId !== undefined && fromUrl !== undefined) expect(fromUrl).toBe(fromId);
      expect(source.title).toBe(fromId ?? fromUrl);
    },
  );

  /** Sources of section 8a with a headline that the site no longer cites, and why. */
  const NOT_CITED: Record<string, string> = {
    'bin-2026-01-06': 'Fidan’s announcement rests on European Pravda (eurointegration-2026-01-05), his presence on Anadolu',
    'caliber-2026-01-06': 'Macron’s “operational convergence” is cited to UNN, which names Sky News (section 8b)',
  };

  it('gives every source that section 8a records a headline for, unless the site no longer cites it', () => {
    const ids = new Set(sources.map((source) => source.id));
    expect([...byId.keys()].filter((id) => !ids.has(id) && !(id in NOT_CITED))).toEqual([]);
  });
});

describe('telling the entries apart', () => {
  it('gives no two sources the same entry: outlet, publisher, headline (or what the page is, or its address), date', () => {
    const entry = (source: (typeof sources)[number]) =>
      [source.relays, publisherName(source, 'en'), source.title ?? source.document?.en ?? entryHint(source), source.date].join(' | ');
    const seen = Map.groupBy(sources, entry);
    expect([...seen].filter(([, group]) => group.length > 1).map(([text]) => text)).toEqual([]);
  });
});
