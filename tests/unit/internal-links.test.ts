import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/markdown/internal-links.ts';

describe('withBase', () => {
  it('puts the base path in front of a link from the site’s root', () => {
    expect(withBase('/articles/presence-americaine/', '/explainer/')).toBe('/explainer/articles/presence-americaine/');
    expect(withBase('/en/articles/us-presence/#top', '/news/explainer/')).toBe('/news/explainer/en/articles/us-presence/#top');
  });

  it('leaves a link as it is at the root, and never adds the base twice', () => {
    expect(withBase('/articles/essentiel/', '/')).toBe('/articles/essentiel/');
    expect(withBase('/explainer/articles/essentiel/', '/explainer/')).toBe('/explainer/articles/essentiel/');
  });

  it('leaves relative, fragment, protocol-relative and external links alone', () => {
    for (const href of ['../qui-etait-la/', '#sources', '//cdn.example.org/x', 'https://example.org/', 'mailto:a@b.c']) {
      expect(withBase(href, '/explainer/')).toBe(href);
    }
  });
});
