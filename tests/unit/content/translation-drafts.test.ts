import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { translationDraftProblems, type PairedArticle } from '../../../src/lib/content/translation-drafts.ts';

const article = (file: string, lang: 'fr' | 'en', translationKey: string, draft: boolean): PairedArticle => ({
  file,
  data: { lang, translationKey, draft },
});

describe('translationDraftProblems', () => {
  it('accepts a pair published together or left in draft together', () => {
    expect(
      translationDraftProblems([
        article('fr/a.mdx', 'fr', 'a', false),
        article('en/a.mdx', 'en', 'a', false),
        article('fr/b.mdx', 'fr', 'b', true),
        article('en/b.mdx', 'en', 'b', true),
      ]),
    ).toEqual([]);
  });

  it('reports the draft of a pair whose other article is published, naming that article', () => {
    const problems = translationDraftProblems([
      article('fr/a.mdx', 'fr', 'a', true),
      article('en/a.mdx', 'en', 'a', false),
      article('en/b.mdx', 'en', 'b', true),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      'fr/a.mdx › frontmatter.draft = true: a draft, while its en translation en/a.mdx is published: publish both or neither',
    ]);
  });
});
