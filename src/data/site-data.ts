/**
 * Every data collection, read once from the content layer as plain arrays for `src/lib/`, after
 * the content check has run over what the loaders read (every page asks for the data first, so
 * a problem stops the build before any page is written, and `astro dev` shows it in its overlay).
 */
import { AstroError } from 'astro/errors';
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import type { CitableData } from '../lib/citations.ts';
import { checkContent } from '../lib/content/check.ts';
import { contentFromEntries, type LoadedCollections, type LoadedEntry } from '../lib/content/loaded.ts';
import { formatProblems } from '../lib/content/problem.ts';
import type { Organisation, Source, Summit } from '../lib/content/schema.ts';

export interface SiteData extends CitableData {
  sources: ReadonlyMap<string, Source>;
  organisations: readonly Organisation[];
  summit: Summit;
}

/** The last collections loaded and the site data made from them. */
let last: { loaded: unknown[]; data: SiteData } | undefined;

/** The site data of a build, whose content cannot change while its pages are made. */
let built: Promise<SiteData> | undefined;

/**
 * The site's data as plain arrays, checked. A build makes it once; `astro dev` makes it again
 * only when the loader has reloaded an entry (after an edit), so a fixed file clears the error
 * without a restart. Every page asks for it (src/middleware.ts), and loading every collection to
 * see whether one changed costs a pass over all the articles: a build skips that.
 */
export function getSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return currentSiteData();
  built ??= currentSiteData();
  return built;
}

async function currentSiteData(): Promise<SiteData> {
  const collections = await loadCollections();
  // Astro hands out the same data objects until it reloads an entry.
  const loaded = Object.values(collections).flatMap((entries: readonly LoadedEntry<unknown>[]) => entries.map((entry) => entry.data));
  if (last && last.loaded.length === loaded.length && last.loaded.every((data, index) => data === loaded[index])) return last.data;
  const problems = checkContent(contentFromEntries(collections, (file) => readFileSync(file, 'utf8')));
  if (problems.length > 0) {
    throw new AstroError(
      formatProblems(problems),
      'Each line names the file, the field and the value to fix; content/README.md explains each field.',
    );
  }
  const data = siteData(collections);
  last = { loaded, data };
  return data;
}

async function loadCollections(): Promise<LoadedCollections> {
  const [sources, people, countries, organisations, summit, timeline, articles] = await Promise.all([
    getCollection('sources'),
    getCollection('people'),
    getCollection('countries'),
    getCollection('organisations'),
    getCollection('summit'),
    getCollection('timeline'),
    getCollection('articles'),
  ]);
  return { sources, people, countries, organisations, summit, timeline, articles };
}

function siteData({ sources, people, countries, organisations, summit: summits, timeline }: LoadedCollections): SiteData {
  const [summit] = summits;
  if (!summit || summits.length !== 1) throw new AstroError(`content/summit.yaml must hold exactly one entry, found ${summits.length}`);
  return {
    sources: new Map(sources.map((entry) => [entry.id, entry.data])),
    people: people.map((entry) => entry.data),
    countries: countries.map((entry) => entry.data),
    organisations: organisations.map((entry) => entry.data),
    summit: summit.data,
    counts: summit.data.counts,
    timeline: timeline.map((entry) => entry.data),
  };
}
