import { describe, expect, it } from 'vitest';
import { citeNext, pageData, startCitations } from '../../src/data/citation-context.ts';
import type { SiteData } from '../../src/data/site-data.ts';
import type { Source } from '../../src/lib/content/schema.ts';
import { sampleData } from '../support/sample-data.ts';

/** The sample data with two sources: all that the citation functions read of the site's data. */
const siteData = (): SiteData => {
  const source = (id: string): Source =>
    ({ id, publisher: id, date: '2026-01-06', language: 'fr', kind: 'press', url: `https://example.org/${id}` }) as Source;
  return { ...sampleData, sources: new Map([source('first'), source('second')].map((s) => [s.id, s])) } as unknown as SiteData;
};

describe('startCitations, citeNext and pageData', () => {
  it('numbers sources by citation order and counts each source’s citations from 1', () => {
    const data = siteData();
    const [first, second] = ['first', 'second'];
    const locals: App.Locals = {};
    const sources = startCitations(locals, 'fr', [second, first], data);
    expect(sources.map((source) => source.id)).toEqual([second, first]);
    expect(pageData(locals)).toBe(data);
    expect([citeNext(locals, first), citeNext(locals, second), citeNext(locals, first)]).toEqual([
      { id: first, number: 2, occurrence: 1 },
      { id: second, number: 1, occurrence: 1 },
      { id: first, number: 2, occurrence: 2 },
    ]);
  });

  it('refuses a citation of a source the page does not list, and data on a page that set none', () => {
    const locals: App.Locals = {};
    expect(() => pageData(locals)).toThrow('data component rendered on a page that did not call startCitations()');
    startCitations(locals, 'en', [], siteData());
    expect(() => citeNext(locals, 'nowhere')).toThrow('<Cite id="nowhere">: the source is not in this page\'s citation list');
  });
});
