/**
 * The two throwaway projects the benchmark builds, each in its own temporary folder: a copy of
 * this site, and the bare reference site of `tests/bench/reference/`. Both get the same synthetic
 * content and a `node_modules` folder of links to this project's packages (so the same Astro and
 * MDX versions) but caches of their own.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTICLES_DIR } from '../../src/lib/content/files.ts';
import type { ProjectFile } from './synthetic.ts';

export type ProjectKind = 'site' | 'reference';

/** The root of this project. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REFERENCE_TEMPLATE = fileURLToPath(new URL('./reference/', import.meta.url));
const NODE_MODULES = join(PROJECT_ROOT, 'node_modules');

/** Top-level entries of this project that the site build does not read, or that the bench writes itself. */
const NOT_COPIED = new Set(['.git', '.astro', '.cache', 'content', 'dist', 'node_modules', 'playwright-report', 'test-results', 'tests']);

/**
 * What a cold build starts without, relative to a project: Astro's generated types and content
 * data store, Vite's dependency cache, and every cache under `node_modules/.cache` (the Open Graph
 * images among them). A warm build keeps them all.
 */
export const BUILD_CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'] as const;

/** Creates a temporary project of `kind` holding `content` (the reference gets only the articles); returns its folder. */
export function createProject(kind: ProjectKind, content: readonly ProjectFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${kind}-`));
  const template = kind === 'site' ? PROJECT_ROOT : REFERENCE_TEMPLATE;
  for (const name of readdirSync(template)) {
    if (kind === 'reference' || !NOT_COPIED.has(name)) cpSync(join(template, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(NODE_MODULES)) {
    // Packages and their commands only: the dot folders are tools' caches and scratch space.
    if (name === '.bin' || !name.startsWith('.')) symlinkSync(join(NODE_MODULES, name), join(dir, 'node_modules', name));
  }
  for (const file of content) {
    if (kind === 'site' || file.path.startsWith(`${ARTICLES_DIR}/`)) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.text);
    }
  }
  return dir;
}

/** Removes a project's build output and, unless `keepCaches`, every build cache. */
export function cleanProject(dir: string, keepCaches: boolean): void {
  for (const path of ['dist', ...(keepCaches ? [] : BUILD_CACHES)]) rmSync(join(dir, path), { recursive: true, force: true });
}

/** The path of the command-line entry of an installed package (its only one, or the one named like it). */
export function packageBin(name: string): string {
  const { bin } = JSON.parse(readFileSync(join(NODE_MODULES, name, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  const entry = typeof bin === 'string' ? bin : bin[name];
  if (entry === undefined) throw new Error(`${name} has no "${name}" command`);
  return join(NODE_MODULES, name, entry);
}

/** The installed version of a package. */
export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(NODE_MODULES, name, 'package.json'), 'utf8')) as { version: string }).version;
}
