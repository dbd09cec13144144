/**
 * A stand-in for `astro:content` that serves the real collections of `content/`, read and
 * validated by the content check's own reader (Vitest does not run Astro's content layer), and
 * typeset as the content layer does: for component tests that must hold on the real data.
 */
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/lib/content/read.ts';
import { typesetBilingual, typesetSource } from '../../src/lib/content/typeset.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { content } = validateContent(readContent(ROOT).content);

const collections: Record<string, { id: string; data: unknown }[]> = {
  sources: content.sources.map(({ data }) => ({ id: data.id, data: typesetSource(data) })),
  people: content.people.map(({ data }) => ({ id: data.id, data: typesetBilingual(data) })),
  countries: content.countries.map(({ data }) => ({ id: data.id, data: typesetBilingual(data) })),
  organisations: content.organisations.map(({ data }) => ({ id: data.id, data: typesetBilingual(data) })),
  summit: content.summit.map(({ data }) => ({ id: data.id, data: typesetBilingual(data) })),
  timeline: content.timeline.map(({ data }) => ({ id: data.id, data: typesetBilingual(data) })),
};

export async function getCollection(name: string): Promise<{ id: string; data: unknown }[]> {
  return collections[name] ?? [];
}
