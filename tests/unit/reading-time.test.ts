import { describe, expect, it } from 'vitest';
import { htmlWordCount, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time.ts';

describe('htmlWordCount', () => {
  it('counts the words of paragraphs, lists, tables and the text data components render', () => {
    const html = [
      '<h2 id="qui"><a class="heading-anchor" href="#qui">Qui était là</a></h2>',
      '<p>Un paragraphe de <em>six</em> mots ici.</p>',
      '<ul><li>France</li><li>Royaume-Uni</li></ul>',
      '<table><tr><th>Pays</th><td>leader</td></tr></table>',
      '<aside class="count-box"><p class="figure">35</p><p>États représentés</p></aside>',
      '<ol class="timeline"><li><time datetime="2026-01-06">6 janvier 2026</time> Sommet à Paris</li></ol>',
    ].join('');
    // 3 + 6 + 2 + 2 + 3 + 6
    expect(htmlWordCount(html)).toBe(22);
  });

  it('leaves out citation marks, scripts and styles', () => {
    const html =
      '<p>Deux mots<sup class="cite" id="cite-a-1"><a href="#source-a">[1]</a></sup></p><script>const a = 1;</script><style>p { color: red }</style>';
    expect(htmlWordCount(html)).toBe(2);
  });

  it('reads entities as the characters they stand for', () => {
    expect(htmlWordCount('<p>Westminster &amp; Pimlico&nbsp;News, l&#39;id</p>')).toBe(4);
  });
});

describe('readingMinutes', () => {
  it('divides the words by the language’s reading speed, rounded, never under a minute', () => {
    expect(WORDS_PER_MINUTE).toEqual({ fr: 200, en: 230 });
    expect(readingMinutes(1780, 'fr')).toBe(9);
    expect(readingMinutes(1780, 'en')).toBe(8);
    expect(readingMinutes(3, 'fr')).toBe(1);
  });
});
