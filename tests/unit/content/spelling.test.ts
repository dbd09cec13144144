import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { bodySpellingProblems, yamlSpellingProblems } from '../../../src/lib/content/spelling.ts';

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

describe('yamlSpellingProblems', () => {
  const yaml = [
    '- id: kiev-strikes',
    "  url: 'https://news.liga.net/en/kiev/news/x'",
    '  text:',
    "    fr: 'Frappes sur Kiev.'",
    '    en: >',
    '      Strikes on',
    '      Kiew.',
    '  quote: \'He spoke of "Kiev".\'',
    '  Kiev: a key is not text',
  ].join('\n');

  it('reports each string value outside quotations and URLs, with the line it starts on', () => {
    expect(yamlSpellingProblems('content/timeline.yaml', yaml).map((problem) => `${problem.field} = ${String(problem.value)}`)).toEqual([
      'line 4 = Frappes sur Kiev.',
      'line 5 = Strikes on Kiew.',
    ]);
  });

  it('counts lines from where the YAML starts in its file (a frontmatter block)', () => {
    expect(yamlSpellingProblems('content/articles/en/a.mdx', 'title: Kiev at night', 2)[0]?.field).toBe('line 2');
  });
});
