import { articleDateProblems, parisToday } from './article-dates.ts';
import { componentUsageProblems } from './component-usage.ts';
import { duplicateSourceProblems } from './duplicate-sources.ts';
import { embedProblems } from './embeds.ts';
import { homeOrderProblems } from './home-order.ts';
import { checkIntegrity } from './integrity.ts';
import type { ValidContent } from './loaded.ts';
import { pageLinkProblems } from './page-links.ts';
import { placeReferenceProblems } from './places-refs.ts';
import type { Problem } from './problem.ts';
import { spellingProblems } from './spelling.ts';
import { timelineLinkProblems } from './timeline-links.ts';
import { translationDraftProblems } from './translation-drafts.ts';

/**
 * Cross-checks the content Astro's loaders read and validated (see `contentFromEntries`);
 * returns every problem found.
 * @param today the build's date (YYYY-MM-DD): no content date may be later
 */
export function checkContent(content: ValidContent, today: string = parisToday()): Problem[] {
  return [
    ...checkIntegrity(content),
    ...spellingProblems(content),
    ...articleDateProblems(content.articles, today),
    ...componentUsageProblems(content.articles),
    ...duplicateSourceProblems(content.sources),
    ...translationDraftProblems(content.articles),
    ...homeOrderProblems(content.articles),
    ...pageLinkProblems(content),
    ...placeReferenceProblems(content),
    ...embedProblems(content),
    ...timelineLinkProblems(content),
  ];
}
