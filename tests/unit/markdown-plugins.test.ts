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

describe('heading attributes', () => {
  it('keep an id written on the heading, for an anchor other pages link to, in the table of contents too', () => {
    const { html, headings } = mdxHtml('## Qui a compté quoi {#qui-a-compte-quoi}\n\n## Qui a compté quoi\n');
    expect(html).toBe(
      [
        '<h2 id="qui-a-compte-quoi"><a class="heading-anchor" href="#qui-a-compte-quoi">Qui a compté quoi</a></h2>',
        '<h2 id="qui-a-compté-quoi"><a class="heading-anchor" href="#qui-a-compté-quoi">Qui a compté quoi</a></h2>',
      ].join('\n'),
    );
    expect(headings.map((heading) => heading.slug)).toEqual(['qui-a-compte-quoi', 'qui-a-compté-quoi']);
  });
});

describe('typography', () => {
  const N = '\u202f';
  const body = [
    "## L'hôte : qui ?",
    '',
    `Il a parlé d'« axe » et de "garanties" ; voir [l'article](https://example.org/l'a?b=c:d "Titre : 'x'") <Cite id="l'id" />.`,
    '',
    "- Un point : l'essentiel !",
    '',
    'Du code : `l\'id "x" ; y` et <Callout kind="note">C\'est "dit".</Callout>',
    '',
    '```',
    'const a = "b" ; // l\'id',
    '```',
  ].join('\n');
  const components = {
    Cite: (props: { id: string }) => `<sup data-id="${props.id}">[1]</sup>`,
    Callout: (props: { children: unknown; kind: string }) => `<aside class="${props.kind}">${String(props.children)}</aside>`,
  };

  it('typesets the text nodes of a French body, in headings, links, lists and components, not code, attributes or URLs', () => {
    expect(mdxHtml(body, { frontmatter: { lang: 'fr' }, props: { components } }).html).toBe(
      [
        `<h2 id="lhôte--qui-"><a class="heading-anchor" href="#lhôte--qui-">L’hôte${N}: qui${N}?</a></h2>`,
        `<p>Il a parlé d’«${N}axe${N}» et de «${N}garanties${N}»${N}; voir <a href="https://example.org/l'a?b=c:d" title="Titre : 'x'">l’article</a><sup data-id="l'id">[1]</sup>.</p>`,
        '<ul>',
        `<li>Un point${N}: l’essentiel${N}!</li>`,
        '</ul>',
        `<p>Du code${N}: <code>l'id "x" ; y</code> et <aside class="note">C’est «${N}dit${N}».</aside></p>`,
        '<pre><code>const a = "b" ; // l\'id\n</code></pre>',
      ].join('\n'),
    );
  });

  it('pairs a quote opened and closed on either side of an inline element', () => {
    expect(mdxHtml('Un "plan *de* paix", dit-il.', { frontmatter: { lang: 'fr' } }).html).toBe(
      `<p>Un «${N}plan <em>de</em> paix${N}», dit-il.</p>`,
    );
  });

  it('typesets an English body with curly quotes and no added spaces', () => {
    expect(mdxHtml(`Britain's "hub": the Netherlands' leader; done!`, { frontmatter: { lang: 'en' } }).html).toBe(
      '<p>Britain’s “hub”: the Netherlands’ leader; done!</p>',
    );
  });

  it('leaves a body without a language as written', () => {
    expect(mdxHtml(`L'hôte : "oui"`).html).toBe(`<p>L'hôte : "oui"</p>`);
  });
});

describe('citeMarkers', () => {
  const components = { Cite: (props: { id: string }) => `<sup class="cite">[${props.id}]</sup>` };
  const html = (body: string) => mdxHtml(body, { frontmatter: { lang: 'fr' }, props: { components } }).html;
  const N = '\u202f';

  it('sets a note call right against the word before it, one or several, before a comma or a full stop', () => {
    expect(html('Keir Starmer <Cite id="a" /> <Cite id="b" />, comme TASS\n<Cite id="c" />.')).toBe(
      '<p>Keir Starmer<sup class="cite">[a]</sup><sup class="cite">[b]</sup>, comme TASS<sup class="cite">[c]</sup>.</p>',
    );
  });

  it('sets calls written side by side, over several spaces or lines, as one cluster', () => {
    expect(html('Un fait <Cite id="1" />   <Cite\n  id="2"\n/>, puis un autre <Cite id="3" /> et la suite.')).toBe(
      '<p>Un fait<sup class="cite">[1]</sup><sup class="cite">[2]</sup>, puis un autre<sup class="cite">[3]</sup> et la suite.</p>',
    );
  });

  it('keeps the space after the call and the French non-breaking space before a semicolon', () => {
    expect(html('selon TASS <Cite id="a" /> ; puis *la suite* <Cite id="b" /> et la fin.')).toBe(
      `<p>selon TASS<sup class="cite">[a]</sup>${N}; puis <em>la suite</em><sup class="cite">[b]</sup> et la fin.</p>`,
    );
  });
});
