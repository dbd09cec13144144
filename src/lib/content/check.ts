import { articleDateProblems, parisToday } from './article-dates.ts';
import { componentUsageProblems } from './component-usage.ts';
import { duplicateSourceProblems } from './duplicate-sources.ts';
import { embedProblems } from './embeds.ts';
import { homeOrderProblems } from './home-order.ts';
import { checkIntegrity } from './integrity.ts';
import { pageLinkProblems } from './page-links.ts';
import { placeReferenceProblems } from './places-refs.ts';
import type { Problem } from './problem.ts';
import { readContent } from './read.ts';
import { spellingProblems } from './spelling.ts';
import { translationDraftProblems } from './translation-drafts.ts';
import { validateContent } from './validate.ts';

/**
 * Reads, validates and cross-checks the content under `root`; returns every problem found.
 * @param parse the YAML parser (see `readContent`)
 * @param today the build's date (YYYY-MM-DD): no content date may be later
 */
export function checkContent(root: string, parse?: (text: string) => unknown, today: string = parisToday()): Problem[] {
  const read = readContent(root, parse);
  const { content, problems } = validateContent(read.content);
  return [
    ...read.problems,
    ...problems,
    ...checkIntegrity(content),
    ...spellingProblems(read.content),
    ...articleDateProblems(content.articles, today),
    ...componentUsageProblems(content.articles),
    ...duplicateSourceProblems(content.sources),
    ...translationDraftProblems(content.articles),
    ...homeOrderProblems(content.articles),
    ...pageLinkProblems(content),
    ...placeReferenceProblems(content),
    ...embedProblems(read.content),
  ];
}
