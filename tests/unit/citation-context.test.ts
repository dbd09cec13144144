import { describe, expect, it } from 'vitest';
import { citedSources, citeNext } from '../../src/data/citation-context.ts';
import type { SiteData } from '../../src/data/site-data.ts';
import type { Source } from '../../src/lib/content/schema.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { sampleData } from '../support/sample-data.ts';

/** The sample data with three sources: all that the citation functions read of the site's data. */
const locals = (): App.Locals => {
  const source = (id: string): Source =>
    ({ id, publisher: id, date: '2026-01-06', language: 'fr', kind: 'press', url: `https://example.org/${id}` }) as Source;
  const data = { ...sampleData, sources: new Map(['first', 'second', 'third'].map((id) => [id, source(id)])) } as unknown as SiteData;
  return { lang: 'fr', t: uiStrings('fr'), data, citations: { numbers: new Map(), seen: new Map() } };
};

describe('citeNext and citedSources', () => {
  it('numbers a source at its first citation and counts each source’s citations from 1', () => {
    const page = locals();
    const cite = (id: string) => citeNext(page, id, 'a.mdx');
    expect([cite('second'), cite('first'), cite('second'), cite('third'), cite('first')]).toEqual([
      { id: 'second', number: 1, occurrence: 1 },
      { id: 'first', number: 2, occurrence: 1 },
      { id: 'second', number: 1, occurrence: 2 },
      { id: 'third', number: 3, occurrence: 1 },
      { id: 'first', number: 2, occurrence: 2 },
    ]);
    expect(citedSources(page).map((source) => source.id)).toEqual(['second', 'first', 'third']);
  });

  it('lists nothing on a page that cites nothing', () => {
    expect(citedSources(locals())).toEqual([]);
  });

  it('refuses a source the site does not have, naming the file, the property and the value', () => {
    expect(() => citeNext(locals(), 'nowhere', 'content/articles/fr/x.mdx')).toThrow(
      'content/articles/fr/x.mdx › <Cite> id = "nowhere": no source has this id (content/sources/)',
    );
  });
});
