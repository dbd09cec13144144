import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../src/lib/content/paragraphs.ts';
import { proseParagraphs } from '../../support/content-lint/paragraphs.ts';

describe('proseParagraphs', () => {
  it('keeps prose paragraphs with their starting line, skipping headings and component-only blocks', () => {
    const body =
      '\n## Heading\n\nFirst paragraph <Cite id="a" />.\nSame paragraph.\n\n<CountryList />\n\n<Callout kind="note">\nInside.\n</Callout>\n';
    expect(proseParagraphs(body)).toEqual([
      { text: 'First paragraph <Cite id="a" />.\nSame paragraph.', line: 4 },
      { text: '<Callout kind="note">\nInside.\n</Callout>', line: 9 },
    ]);
  });

  it('counts words without component tags', () => {
    expect(wordCount('Two words <Cite id="some-source" />.')).toBe(2);
  });
});
