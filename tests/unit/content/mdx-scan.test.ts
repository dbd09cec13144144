import { describe, expect, it } from 'vitest';
import { findComponents, findImagesWithoutAlt, referencesIn } from '../../../src/lib/content/mdx-scan.ts';

describe('referencesIn', () => {
  it('finds component attributes that point at entries, with their line', () => {
    const body = 'Text <Cite id="seed" />.\n\n<PullQuote speaker={"macron"} source=\'elysee\' />';
    expect(referencesIn(findComponents(body))).toEqual([
      { component: 'Cite', attribute: 'id', target: 'sources', value: 'seed', line: 1 },
      { component: 'PullQuote', attribute: 'speaker', target: 'people', value: 'macron', line: 3 },
      { component: 'PullQuote', attribute: 'source', target: 'sources', value: 'elysee', line: 3 },
    ]);
  });

  it('counts lines across blank lines, a tag at a line start and several tags on one line', () => {
    const body = 'a\n\n\n\n<Cite id="x" />\nb <Cite id="y" /> <Count id="z" />\n';
    expect(referencesIn(findComponents(body)).map(({ value, line }) => [value, line])).toEqual([
      ['x', 5],
      ['y', 6],
      ['z', 6],
    ]);
  });

  it('ignores components and attributes that name no entry', () => {
    expect(referencesIn(findComponents('<Callout kind="note" /> <Cite class="x" />'))).toEqual([]);
  });
});

describe('findComponents', () => {
  it('names every attribute written, whatever its value, and no word inside a value', () => {
    const [tag] = findComponents('<Figure src={map} alt="A title=x map" credit=\'IGN\' ids={["a", "b"]} wide />');
    expect([...(tag?.written ?? [])]).toEqual(['src', 'alt', 'credit', 'ids', 'wide']);
  });
});

describe('findImagesWithoutAlt', () => {
  it('flags Markdown and component images with empty or missing alt text', () => {
    const body = '![ok](/a.png)\n![](/b.png)\n<img src="/c.png" />\n<Figure src="/d.svg" alt="A map" />';
    expect(findImagesWithoutAlt(body)).toEqual([
      { what: 'image /b.png', line: 2 },
      { what: '<img>', line: 3 },
    ]);
  });
});
