import { embedProblems } from './embeds.ts';
import { checkIntegrity } from './integrity.ts';
import { pageLinkProblems } from './page-links.ts';
import type { Problem } from './problem.ts';
import { readContent } from './read.ts';
import { spellingProblems } from './spelling.ts';
import { validateContent } from './validate.ts';

/**
 * Reads, validates and cross-checks the content under `root`; returns every problem found.
 * @param parse the YAML parser (see `readContent`)
 */
export function checkContent(root: string, parse?: (text: string) => unknown): Problem[] {
  const read = readContent(root, parse);
  const validated = validateContent(read.content);
  return [
    ...read.problems,
    ...validated.problems,
    ...checkIntegrity(validated.content),
    ...spellingProblems(read.content),
    ...pageLinkProblems(validated.content),
    ...embedProblems(read.content),
  ];
}
