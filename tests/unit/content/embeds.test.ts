import { describe, expect, it } from 'vitest';
import { findEmbeds } from '../../../src/lib/content/embeds.ts';

const whats = (body: string) => findEmbeds(body).map((embed) => embed.what);

describe('findEmbeds', () => {
  it('finds every element that loads or runs content, whatever its case, with its line', () => {
    const body =
      'Texte.\n<script>alert(1)</script>\n<STYLE>p{}</STYLE> <link rel="stylesheet" href="x.css">\n<object data="a.swf"></object><embed src="a.swf">\n';
    expect(findEmbeds(body).map(({ what, line }) => [what, line])).toEqual([
      ['<script>', 2],
      ['<STYLE>', 3],
      ['<link rel="stylesheet" href="x.css">', 3],
      ['<object data="a.swf">', 4],
      ['<embed src="a.swf">', 4],
    ]);
  });

  it('finds event attributes and javascript: URLs, in links and attributes', () => {
    expect(whats('<Callout kind="note" onMouseOver="x()">')).toEqual(['<Callout kind="note" onMouseOver="x()">']);
    expect(whats('[a](javascript:void(0)) <a href="JavaScript:go()">b</a>')).toEqual(['javascript:void(0)', 'JavaScript:go()']);
  });

  it('finds media and Markdown images loaded from another host, not those of the site', () => {
    const body = [
      '<video src="https://example.org/v.mp4"></video>',
      '<audio src="http://example.org/a.mp3"></audio>',
      '<source src="//example.org/s.webm">',
      '<Figure src="/carte.svg" alt="Carte" />',
      '![Carte](/carte.png) ![Map](https://example.org/map.png)',
    ].join('\n');
    expect(whats(body)).toEqual([
      'https://example.org/v.mp4',
      'http://example.org/a.mp3',
      '//example.org/s.webm',
      'https://example.org/map.png',
    ]);
  });

  it('lets plain outbound links and ordinary text through', () => {
    expect(findEmbeds('[AFP](https://example.org/) <a href="https://example.org/">x</a> une onde, online=yes, le JavaScript.')).toEqual([]);
  });
});
