import { describe, expect, it } from 'vitest';
import { homeOrderProblems, type OrderedArticle } from '../../../src/lib/content/home-order.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { checkEditedFixture, type Edit } from '../../support/content-fixture.ts';

const article = (file: string, lang: 'fr' | 'en', translationKey: string, homeOrder: number): OrderedArticle => ({
  file,
  data: { lang, translationKey, homeOrder },
});

describe('homeOrderProblems', () => {
  it('accepts one place per article of a language, the same for an article and its translation', () => {
    expect(
      homeOrderProblems([
        article('fr/a.mdx', 'fr', 'a', 1),
        article('fr/b.mdx', 'fr', 'b', 2),
        article('en/b.mdx', 'en', 'b', 2),
        article('en/a.mdx', 'en', 'a', 1),
      ]),
    ).toEqual([]);
  });

  it('reports a second article of one language in a taken place, naming the first', () => {
    const problems = homeOrderProblems([
      article('fr/a.mdx', 'fr', 'a', 1),
      article('en/a.mdx', 'en', 'a', 1),
      article('fr/b.mdx', 'fr', 'b', 1),
      article('en/b.mdx', 'en', 'b', 2),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'fr/b.mdx › frontmatter.homeOrder = 1: the same place on the fr home page as fr/a.mdx: give each article its own',
      'en/b.mdx › frontmatter.homeOrder = 2: differs from its fr translation fr/b.mdx (1): an article and its translation take the same place',
    ]);
  });

  it('reports the translation, not the French article, when a pair takes two places', () => {
    const problems = homeOrderProblems([article('en/a.mdx', 'en', 'a', 2), article('fr/a.mdx', 'fr', 'a', 1)]);
    expect(problems.map(formatProblem)).toEqual([
      'en/a.mdx › frontmatter.homeOrder = 2: differs from its fr translation fr/a.mdx (1): an article and its translation take the same place',
    ]);
  });
});

describe('the content check on homeOrder', () => {
  const EN = 'content/articles/en/at-a-glance.mdx';
  const FR = 'content/articles/fr/essentiel.mdx';
  const edit = (file: string, from: string, to: string): Edit => [file, (text) => text.replace(from, to)];

  it('reports a translation whose place differs, with file, field and value', () => {
    expect(checkEditedFixture(edit(EN, 'homeOrder: 1', 'homeOrder: 2'))).toContain(
      `${EN} › frontmatter.homeOrder = 2: differs from its fr translation ${FR} (1): an article and its translation take the same place`,
    );
  });

  it('reports an article without a place, and a place that is not a whole number from 1', () => {
    expect(checkEditedFixture(edit(FR, 'homeOrder: 1\n', ''))).toContain(`${FR} › frontmatter.homeOrder: required field is missing`);
    expect(checkEditedFixture(edit(FR, 'homeOrder: 1', 'homeOrder: 0'), edit(EN, 'homeOrder: 1', 'homeOrder: 0')).join('\n')).toMatch(
      `${FR} › frontmatter.homeOrder = 0`,
    );
  });
});
