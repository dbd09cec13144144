import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { straightApostrophes } from '../support/apostrophes.ts';

const page = (head: string, body: string): string[] => straightApostrophes(load(`<html><head>${head}</head><body>${body}</body></html>`));

describe('straightApostrophes', () => {
  it('accepts curly apostrophes everywhere', () => {
    expect(
      page(
        '<title>L’essentiel</title><meta property="og:title" content="L’essentiel">',
        '<h1>L’essentiel</h1><p aria-label="l’ici">qu’ils</p>',
      ),
    ).toEqual([]);
  });

  it('finds one in the title, the head, a heading, running text and a label', () => {
    expect(
      page(
        `<title>L'essentiel</title><meta property="og:title" content="L'essentiel"><meta name="description" content="qu'ils">`,
        `<h2>Declaration's</h2><p>ok <a href="/x" aria-label="Retour (Présidence de l'Ukraine)">↩</a></p>`,
      ),
    ).toEqual([
      "<title>: «L'essentiel»",
      "description: «qu'ils»",
      "og:title: «L'essentiel»",
      "text in <h2>: «Declaration's»",
      "aria-label of <a>: «Retour (Présidence de l'Ukraine)»",
    ]);
  });

  it('leaves quoted headlines, code and URLs as they are', () => {
    expect(page('', `<p><a href="/l'article"><cite>Ukraine's allies</cite></a> <code>it's</code></p><script>var a='b'</script>`)).toEqual(
      [],
    );
  });
});
