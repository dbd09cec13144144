/** Every data collection, read once from the content layer as plain arrays for `src/lib/`. */
import { getCollection } from 'astro:content';
import type { CitableData } from '../lib/citations.ts';
import type { Organisation, Source, Summit } from '../lib/content/schema.ts';

export interface SiteData extends CitableData {
  sources: ReadonlyMap<string, Source>;
  organisations: readonly Organisation[];
  summit: Summit;
}

let builtData: Promise<SiteData> | undefined;

/**
 * The site's data as plain arrays. Every page and many components ask for it, so a production
 * build reshapes the collections once; `astro dev` and the tests read them afresh each time, so
 * an edited content file shows at once.
 */
export function getSiteData(): Promise<SiteData> {
  if (!import.meta.env.PROD) return readSiteData();
  return (builtData ??= readSiteData());
}

async function readSiteData(): Promise<SiteData> {
  const [sources, people, countries, organisations, summits, timeline] = await Promise.all([
    getCollection('sources'),
    getCollection('people'),
    getCollection('countries'),
    getCollection('organisations'),
    getCollection('summit'),
    getCollection('timeline'),
  ]);
  const [summit] = summits;
  if (!summit || summits.length !== 1) throw new Error(`content/summit.yaml must hold exactly one entry, found ${summits.length}`);
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
