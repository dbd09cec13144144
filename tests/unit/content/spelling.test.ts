import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { bodySpellingProblems, dataSpellingProblems } from '../../../src/lib/content/spelling.ts';

const lines = (problems: ReturnType<typeof bodySpellingProblems>) => problems.map(formatProblem);

describe('bodySpellingProblems', () => {
  it('reports Kiev and Kiew outside quotations, with the file line and the words around', () => {
    const body = [
      'La coalition soutient Kiev.',
      '',
      'Le « sommet de Kiev », le “Kiev summit” et le "Kiev summit" sont des citations.',
      'Voir [la page](https://example.org/Kiev/) et <Cite id="kiev-post" />.',
      'In English, KIEW or Kiew too.',
    ].join('\n');
    expect(lines(bodySpellingProblems('content/articles/fr/a.mdx', body, 20))).toEqual([
      'content/articles/fr/a.mdx › body line 20 = "La coalition soutient Kiev.": write "Kyiv", the site\'s spelling in both languages ("Kiev" only inside a quotation)',
      'content/articles/fr/a.mdx › body line 24 = "In English, KIEW or Kiew too.": write "Kyiv", the site\'s spelling in both languages ("KIEW" only inside a quotation)',
      'content/articles/fr/a.mdx › body line 24 = "In English, KIEW or Kiew too.": write "Kyiv", the site\'s spelling in both languages ("Kiew" only inside a quotation)',
    ]);
  });

  it('leaves Kyiv and words that only start like Kiev alone', () => {
    expect(bodySpellingProblems('a.mdx', 'Kyiv, la Rus’ de Kievan, kievien.', 1)).toEqual([]);
  });
});

describe('dataSpellingProblems', () => {
  const data = {
    id: 'kiev-strikes',
    url: 'https://news.liga.net/en/kiev/news/x',
    text: { fr: 'Frappes sur Kiev.', en: 'Strikes on\nKiew.' },
    quotes: ['He spoke of "Kiev".', 'Le « sommet de Kiev »'],
    Kiev: 'a key is not text',
  };

  it('reports each string value outside quotations and URLs, named by its field', () => {
    expect(dataSpellingProblems('content/timeline.yaml', 'timeline[kiev-strikes]', data).map(formatProblem)).toEqual([
      'content/timeline.yaml › timeline[kiev-strikes].text.fr = "Frappes sur Kiev.": write "Kyiv", the site\'s spelling in both languages ("Kiev" only inside a quotation)',
      'content/timeline.yaml › timeline[kiev-strikes].text.en = "Kiew.": write "Kyiv", the site\'s spelling in both languages ("Kiew" only inside a quotation)',
    ]);
  });

  it('names the items of a list by their place', () => {
    expect(dataSpellingProblems('content/articles/en/a.mdx', 'frontmatter', { keyPoints: ['Kyiv', 'Kiev at night'] })[0]?.field).toBe(
      'frontmatter.keyPoints[1]',
    );
  });
});
