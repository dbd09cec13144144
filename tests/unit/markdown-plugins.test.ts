import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationCall } from '../../src/lib/markdown/citation-calls.ts';
import { mdxHtml } from '../support/mdx-html.ts';

const cite = (id: string): string => `[${id}]`;

describe('citationCalls', () => {
  it('turns each <Cite>, in a sentence or on its own line, into a call of the cite prop, in order', () => {
    const { html } = mdxHtml('One <Cite id="a" />, two <Cite id="b-2026" />.\n\n<Cite id="a" />\n', { props: { cite } });
    expect(html).toBe('<p>One [a], two [b-2026].</p>\n[a]');
    expect(citationCall('a')).toBe('props.cite("a")');
  });

  it('leaves the other components alone', () => {
    const Count = ({ id }: { id: string }): string => `{count ${id}}`;
    expect(mdxHtml('Some <Count id="x" /> and <Cite id="a" />.', { props: { cite, components: { Count } } }).html).toBe(
      '<p>Some {count x} and [a].</p>',
    );
  });

  it('refuses a <Cite> it cannot read, naming the file', () => {
    const fileURL = pathToFileURL('/site/content/articles/fr/x.mdx');
    for (const body of ['<Cite />', '<Cite id={other} />', '<Cite id="a" page="2" />', '<Cite source="a" />']) {
      expect(() => mdxHtml(body, { props: { cite }, fileURL }), body).toThrow(
        '/site/content/articles/fr/x.mdx: <Cite> takes exactly one attribute, id="…"',
      );
    }
  });
});

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
