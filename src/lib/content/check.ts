import { checkIntegrity } from './integrity.ts';
import type { Problem } from './problem.ts';
import { readContent } from './read.ts';
import { validateContent } from './validate.ts';

/** Reads, validates and cross-checks the content under `root`; returns every problem found. */
export function checkContent(root: string): Problem[] {
  const read = readContent(root);
  const validated = validateContent(read.content);
  return [...read.problems, ...validated.problems, ...checkIntegrity(validated.content)];
}
