import { describe, expect, it } from 'vitest';
import { findLinks, linkedPath } from '../../../src/lib/content/page-links.ts';

describe('findLinks', () => {
  it('finds Markdown links and href attributes with their line, but not images', () => {
    const body = 'Voir [la carte](/carte/ "Carte").\n![Plan](/plan.png)\n<a href="../autre/">x</a> <a href={"/pays/fr/"}>y</a>\n';
    expect(findLinks(body)).toEqual([
      { link: '/carte/', line: 1 },
      { link: '../autre/', line: 3 },
      { link: '/pays/fr/', line: 3 },
    ]);
  });
});

describe('linkedPath', () => {
  const from = '/en/articles/at-a-glance/';

  it('resolves root and relative paths against the page, without fragment or query', () => {
    expect(linkedPath('/carte/#paris', from)).toBe('/carte/');
    expect(linkedPath('../us-presence/?x=1', from)).toBe('/en/articles/us-presence/');
    expect(linkedPath('../../timeline/', from)).toBe('/en/timeline/');
    expect(linkedPath('./', from)).toBe(from);
  });

  it('leaves out links that leave the site or stay on the page', () => {
    for (const link of ['https://example.org/', '//example.org/', 'mailto:a@b.org', '#top', '']) {
      expect(linkedPath(link, from)).toBeUndefined();
    }
  });
});
