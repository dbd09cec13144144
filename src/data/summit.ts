/** The summit entry (date, place, host, reported counts) from the content layer. */
import { getCollection } from 'astro:content';
import type { ReportedCount, Summit } from '../lib/content/schema.ts';

/** The one summit the site covers; throws when `content/summit.yaml` has none or several. */
export async function getSummit(): Promise<Summit> {
  const entries = await getCollection('summit');
  const [first] = entries;
  if (!first || entries.length !== 1) throw new Error(`content/summit.yaml must hold exactly one entry, found ${entries.length}`);
  return first.data;
}

/** A reported count by id; throws when the id does not exist. */
export async function getReportedCount(id: string): Promise<ReportedCount> {
  const count = (await getSummit()).counts.find((c) => c.id === id);
  if (!count) throw new Error(`unknown count id "${id}" (see content/summit.yaml › counts)`);
  return count;
}
