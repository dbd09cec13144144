/**
 * Runs every raw entry of `read-content.ts` through its zod schema, as Astro's loaders do, and
 * turns zod's issues into problems that name the file, the field and the bad value: for the tests
 * and the bench, which read the content without Astro.
 */
import type { z } from 'astro/zod';
import type { DataCollection } from '../../src/lib/content/files.ts';
import type { Located, ValidArticle, ValidContent } from '../../src/lib/content/loaded.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import type { RawArticle, RawContent, RawDataFile } from './read-content.ts';
import {
  articleSchema,
  countrySchema,
  organisationSchema,
  personSchema,
  sourceSchema,
  summitSchema,
  timelineEventSchema,
} from '../../src/lib/content/schema.ts';

/** Writes a zod path as `.a[1].b`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function entryLabel(collection: string, raw: unknown, index: number): string {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? `${collection}[${id}]` : `${collection}[#${index + 1}]`;
}

function parseEntry<T>(schema: z.ZodType<T>, raw: unknown, file: string, label: string, problems: Problem[]): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const value = valueAt(raw, issue.path);
    const missing = value === undefined && issue.code === 'invalid_type';
    problems.push({
      file,
      field: `${label}${formatPath(issue.path)}`,
      ...(value === undefined || typeof value === 'object' ? {} : { value }),
      message: missing ? 'required field is missing' : issue.message,
    });
  }
  return undefined;
}

function validateCollection<T>(
  schema: z.ZodType<T>,
  collection: DataCollection,
  { file, entries }: RawDataFile,
  problems: Problem[],
): Located<T>[] {
  const valid: Located<T>[] = [];
  entries.forEach((raw, index) => {
    const label = entryLabel(collection, raw, index);
    const data = parseEntry(schema, raw, file, label, problems);
    if (data !== undefined) valid.push({ file, label, data });
  });
  return valid;
}

function validateArticle(article: RawArticle, problems: Problem[]): ValidArticle | undefined {
  const data = parseEntry(articleSchema, article.frontmatter, article.file, 'frontmatter', problems);
  if (data === undefined) return undefined;
  const { file, folder, slug, body, bodyLine } = article;
  return { file, label: 'frontmatter', data, folder, slug, body, bodyLine };
}

/** Validates every entry against its schema; invalid entries are left out of the result. */
export function validateContent(raw: RawContent): { content: ValidContent; problems: Problem[] } {
  const problems: Problem[] = [];
  const { data } = raw;
  const content: ValidContent = {
    sources: validateCollection(sourceSchema, 'sources', data.sources, problems),
    people: validateCollection(personSchema, 'people', data.people, problems),
    countries: validateCollection(countrySchema, 'countries', data.countries, problems),
    organisations: validateCollection(organisationSchema, 'organisations', data.organisations, problems),
    summit: validateCollection(summitSchema, 'summit', data.summit, problems),
    timeline: validateCollection(timelineEventSchema, 'timeline', data.timeline, problems),
    articles: raw.articles.flatMap((article) => validateArticle(article, problems) ?? []),
  };
  return { content, problems };
}
