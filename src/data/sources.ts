/** Source entries from the content layer. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SourceEntry = CollectionEntry<'sources'>;

/** The sources with the given ids, in that order; throws on an id that does not exist. */
export async function getSourcesByIds(ids: readonly string[]): Promise<SourceEntry[]> {
  const byId = new Map((await getCollection('sources')).map((entry) => [entry.id, entry]));
  return ids.map((id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`unknown source id "${id}"`);
    return entry;
  });
}
