import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/content/check.ts';
import { contentFromEntries } from '../../src/lib/content/loaded.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { loadContentFiles } from './loaded-content.ts';

const VALID = fileURLToPath(new URL('../fixtures/content-valid/', import.meta.url));

/**
 * Loads the content under `root` as Astro's loaders would (their schema errors included) and runs
 * the content check over what was loaded, as `getSiteData` does; returns the problems as the
 * one-line messages an editor would read.
 */
export function checkContentAt(root: string): string[] {
  const { collections, problems } = loadContentFiles(root);
  const content = contentFromEntries(collections, (file) => readFileSync(join(root, file), 'utf8'));
  return [...problems, ...checkContent(content)].map(formatProblem);
}

/** An edit to apply to the copied fixture: the file (relative to the project root) and how to change its text. */
export type Edit = [file: string, change: (text: string) => string];

/** Copies the valid content fixture to a temporary project, applies the edits and checks it (`checkContentAt`). */
export function checkEditedFixture(...edits: Edit[]): string[] {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  try {
    cpSync(VALID, root, { recursive: true });
    for (const [file, change] of edits) {
      const path = join(root, file);
      writeFileSync(path, change(readFileSync(path, 'utf8')));
    }
    return checkContentAt(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
