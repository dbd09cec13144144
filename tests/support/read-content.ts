/**
 * Reads the raw content folder (YAML data files and MDX articles) without Astro, for the tests and
 * the bench. The site itself reads the content through Astro's loaders only (src/data/site-data.ts
 * checks it there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES_DIR, DATA_FILES, type DataCollection } from '../../src/lib/content/files.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { parseYaml } from '../../src/lib/content/yaml.ts';

export interface RawDataFile {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  entries: unknown[];
}

export interface RawArticle {
  file: string;
  /** The language folder the file sits in (`fr` or `en`). */
  folder: string;
  /** File name without extension: the article's URL slug. */
  slug: string;
  frontmatter: unknown;
  body: string;
  /** Line number in the file where the body starts (1-based). */
  bodyLine: number;
}

export interface RawContent {
  data: Record<DataCollection, RawDataFile>;
  articles: RawArticle[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads every content file under `root` and reports files that cannot be parsed at all. */
export function readContent(root: string): { content: RawContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const data = {} as Record<DataCollection, RawDataFile>;
  for (const [collection, file] of Object.entries(DATA_FILES) as [DataCollection, string][]) {
    data[collection] = readDataFile(root, file, problems);
  }
  return { content: { data, articles: readArticles(root, problems) }, problems };
}

function readDataFile(root: string, file: string, problems: Problem[]): RawDataFile {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push({ file, field: '(file)', message: 'file is missing' });
    return { file, entries: [] };
  }
  const text = readFileSync(path, 'utf8');
  try {
    const parsed = parseYaml(text);
    if (Array.isArray(parsed)) return { file, entries: parsed };
    problems.push({ file, field: '(file)', message: 'expected a YAML list of entries' });
  } catch (error) {
    problems.push({ file, field: '(file)', message: `not valid YAML: ${(error as Error).message}` });
  }
  return { file, entries: [] };
}

function readArticles(root: string, problems: Problem[]): RawArticle[] {
  const base = join(root, ARTICLES_DIR);
  if (!existsSync(base)) return [];
  const articles: RawArticle[] = [];
  for (const folder of readdirSync(base).sort()) {
    const dir = join(base, folder);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      const file = `${ARTICLES_DIR}/${folder}/${name}`;
      const text = readFileSync(join(dir, name), 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file, field: 'frontmatter', message: 'missing the --- frontmatter block' });
        continue;
      }
      let frontmatter: unknown;
      try {
        frontmatter = parseYaml(match[1] ?? '');
      } catch (error) {
        problems.push({ file, field: 'frontmatter', message: `not valid YAML: ${(error as Error).message}` });
        continue;
      }
      const bodyLine = match[0].split('\n').length;
      articles.push({
        file,
        folder,
        slug: name.replace(/\.mdx$/, ''),
        frontmatter,
        body: text.slice(match[0].length),
        bodyLine,
      });
    }
  }
  return articles;
}
