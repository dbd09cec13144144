/** Checks of the schema.org JSON-LD blocks in a built page. */
import type { CheerioAPI } from 'cheerio';
import { SECTIONS } from '../../src/lib/routes.ts';
import { isArticlePage } from './dist.ts';

type Json = Record<string, unknown>;

/** Properties each type must carry (Google's required and recommended ones for rich results). */
const REQUIRED: Record<string, readonly string[]> = {
  NewsArticle: ['headline', 'inLanguage', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'citation', 'url'],
  Event: ['name', 'startDate', 'location', 'eventStatus', 'eventAttendanceMode', 'organizer'],
  Person: ['name', 'jobTitle', 'url'],
};

type SchemaType = keyof typeof REQUIRED;

/** The schema.org type a built page (path relative to dist/) must describe, if any. */
export function expectedSchemaType(file: string): SchemaType | undefined {
  const path = file.replace(/^en\//, '');
  if (path === 'index.html') return 'Event';
  if (isArticlePage(file)) return 'NewsArticle';
  const people = new RegExp(`^(${SECTIONS.people.fr}|${SECTIONS.people.en})/[^/]+/index\\.html$`);
  return people.test(path) ? 'Person' : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
const DATE_PROPERTIES = ['datePublished', 'dateModified', 'startDate', 'endDate'];

/** The parsed JSON-LD blocks of a page; a block that is not valid JSON is reported as a string. */
function jsonLdBlocks($: CheerioAPI): (Json | string)[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => {
      try {
        return JSON.parse($(script).text()) as Json;
      } catch (error) {
        return `JSON-LD does not parse: ${(error as Error).message}`;
      }
    });
}

/**
 * What is wrong with the JSON-LD of a page that must describe `expected` (a schema.org type),
 * or with any block it has: not JSON, no schema.org context, a required property missing or
 * empty, a date that is not ISO 8601.
 */
export function structuredDataProblems($: CheerioAPI, expected?: SchemaType): string[] {
  const problems: string[] = [];
  const blocks = jsonLdBlocks($);
  for (const block of blocks) {
    if (typeof block === 'string') {
      problems.push(block);
      continue;
    }
    const type = String(block['@type']);
    if (block['@context'] !== 'https://schema.org') problems.push(`JSON-LD ${type}: @context is not https://schema.org`);
    const required = REQUIRED[type];
    if (!required) {
      problems.push(`JSON-LD: unexpected @type "${type}"`);
      continue;
    }
    for (const key of required) {
      const value = block[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) problems.push(`JSON-LD ${type}: no ${key}`);
    }
    for (const key of DATE_PROPERTIES)
      if (key in block && !ISO_DATE.test(String(block[key])))
        problems.push(`JSON-LD ${type}: ${key} "${String(block[key])}" is not an ISO 8601 date`);
  }
  if (expected && !blocks.some((block) => typeof block !== 'string' && block['@type'] === expected))
    problems.push(`no JSON-LD ${expected}`);
  return problems;
}
