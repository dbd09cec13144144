import { describe, expect, it } from 'vitest';
import { citationAnchor, citationOrder, sourceAnchor } from '../../src/lib/citations.ts';

describe('citationOrder', () => {
  it('numbers sources in the order of their first citation', () => {
    const body = 'A <Cite id="b" />. B <Cite id="a" /> and <Cite id="b" />. <PullQuote source="c" />';
    expect(citationOrder(body)).toEqual(['b', 'a']);
  });

  it('names anchors after the source id', () => {
    expect(sourceAnchor('seed')).toBe('source-seed');
    expect(citationAnchor('seed', 2)).toBe('cite-seed-2');
  });
});
