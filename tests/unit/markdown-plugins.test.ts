import { describe, expect, it } from 'vitest';
import { mdxHtml } from '../support/mdx-html.ts';

describe('headingAnchors', () => {
  const body = '## Le sommet\n\nText.\n\n### Qui, où ?\n\n#### Le sommet\n\n## Le sommet\n\n## L’hôte *et* ses coprésidents\n';

  it('links each ## and ### heading to itself and leaves the other levels as they are', () => {
    expect(mdxHtml(body).html).toBe(
      [
        '<h2 id="le-sommet"><a class="heading-anchor" href="#le-sommet">Le sommet</a></h2>',
        '<p>Text.</p>',
        '<h3 id="qui-où-"><a class="heading-anchor" href="#qui-où-">Qui, où ?</a></h3>',
        '<h4 id="le-sommet-1">Le sommet</h4>',
        '<h2 id="le-sommet-2"><a class="heading-anchor" href="#le-sommet-2">Le sommet</a></h2>',
        '<h2 id="lhôte-et-ses-coprésidents"><a class="heading-anchor" href="#lhôte-et-ses-coprésidents">L’hôte <em>et</em> ses coprésidents</a></h2>',
      ].join('\n'),
    );
  });

  it('gives the ids Astro would have given, so the table of contents matches the anchors', () => {
    expect(mdxHtml(body).headings).toEqual(mdxHtml(body, { plugins: [] }).headings);
    expect(mdxHtml(body).headings.map((heading) => heading.slug)).toEqual([
      'le-sommet',
      'qui-où-',
      'le-sommet-1',
      'le-sommet-2',
      'lhôte-et-ses-coprésidents',
    ]);
  });
});
