/**
 * Reads the raw content folder (YAML data files and MDX articles) without Astro, so that the
 * integrity check can run before Astro loads or renders anything.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES_DIR, DATA_FILES, type DataCollection } from './files.ts';
import type { Problem } from './problem.ts';
import { parseYaml } from './yaml.ts';

export interface RawDataFile {
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  /** The file's text, as written ('' when it cannot be read). */
  text: string;
  entries: unknown[];
}

export interface RawArticle {
  file: string;
  /** The language folder the file sits in (`fr` or `en`). */
  folder: string;
  /** File name without extension: the article's URL slug. */
  slug: string;
  frontmatter: unknown;
  /** The frontmatter's YAML as written, from the file's line 2. */
  frontmatterText: string;
  body: string;
  /** Line number in the file where the body starts (1-based). */
  bodyLine: number;
}

export interface RawContent {
  data: Record<DataCollection, RawDataFile>;
  articles: RawArticle[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Reads every content file under `root` and reports files that cannot be parsed at all.
 * @param parse the YAML parser (`parseYaml`, or a cached one: see `yaml-cache.ts`)
 */
export function readContent(root: string, parse: (text: string) => unknown = parseYaml): { content: RawContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const data = {} as Record<DataCollection, RawDataFile>;
  for (const [collection, file] of Object.entries(DATA_FILES) as [DataCollection, string][]) {
    data[collection] = readDataFile(root, file, problems, parse);
  }
  return { content: { data, articles: readArticles(root, problems, parse) }, problems };
}

function readDataFile(root: string, file: string, problems: Problem[], parse: (text: string) => unknown): RawDataFile {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push({ file, field: '(file)', message: 'file is missing' });
    return { file, text: '', entries: [] };
  }
  const text = readFileSync(path, 'utf8');
  try {
    const parsed = parse(text);
    if (Array.isArray(parsed)) return { file, text, entries: parsed };
    problems.push({ file, field: '(file)', message: 'expected a YAML list of entries' });
  } catch (error) {
    problems.push({ file, field: '(file)', message: `not valid YAML: ${(error as Error).message}` });
  }
  return { file, text, entries: [] };
}

function readArticles(root: string, problems: Problem[], parse: (text: string) => unknown): RawArticle[] {
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
        frontmatter = parse(match[1] ?? '');
      } catch (error) {
        problems.push({ file, field: 'frontmatter', message: `not valid YAML: ${(error as Error).message}` });
        continue;
      }
      const bodyLine = match[0].split('\n').length;
      const frontmatterText = match[1] ?? '';
      articles.push({
        file,
        folder,
        slug: name.replace(/\.mdx$/, ''),
        frontmatter,
        frontmatterText,
        body: text.slice(match[0].length),
        bodyLine,
      });
    }
  }
  return articles;
}
