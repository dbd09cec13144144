/**
 * What Astro's loaders would hand `getCollection` for the content folder under a root: each
 * entry's id, file, data validated by its schema and typeset as src/content.config.ts does, and an
 * article's body as the MDX loader keeps it (after the frontmatter, trimmed). Vitest does not run
 * Astro's content layer; this lets the content check's tests feed it the same input.
 */
import { readContent } from './read-content.ts';
import type { LoadedCollections, LoadedEntry } from '../../src/lib/content/loaded.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { typesetArticle, typesetBilingual, typesetSource } from '../../src/lib/content/typeset.ts';
import { validateContent } from './validate-content.ts';
import { duplicateIds } from '../../src/lib/content/yaml-loader.ts';

const entries = <T extends { id: string }>(located: { file: string; data: T }[], typeset: (data: T) => T): LoadedEntry<T>[] =>
  located.map(({ file, data }) => ({ id: data.id, filePath: file, data: typeset(data) }));

/** The collections of the content under `root`, and what the loaders would reject (unreadable files, schema errors). */
export function loadContentFiles(root: string): { collections: LoadedCollections; problems: Problem[] } {
  const read = readContent(root);
  const { content, problems } = validateContent(read.content);
  return {
    collections: {
      sources: entries(content.sources, typesetSource),
      people: entries(content.people, typesetBilingual),
      countries: entries(content.countries, typesetBilingual),
      organisations: entries(content.organisations, typesetBilingual),
      summit: entries(content.summit, typesetBilingual),
      timeline: entries(content.timeline, typesetBilingual),
      articles: content.articles.map((article) => ({
        id: `${article.folder}/${article.slug}`,
        filePath: article.file,
        data: typesetArticle(article.data),
        body: article.body.trim(),
      })),
    },
    // The data files' loader rejects a file with two entries of one id (src/lib/content/yaml-loader.ts).
    problems: [
      ...read.problems,
      ...problems,
      ...[content.sources, content.people, content.countries, content.organisations, content.summit, content.timeline].flatMap(
        duplicateIds,
      ),
    ],
  };
}
