/**
 * A stand-in for `astro:content` that serves the real collections of `content/`, loaded as
 * Astro's loaders would (tests/support/loaded-content.ts; Vitest does not run Astro's content
 * layer): for component tests that must hold on the real data.
 */
import { fileURLToPath } from 'node:url';
import { loadContentFiles } from './loaded-content.ts';

const { collections } = loadContentFiles(fileURLToPath(new URL('../../', import.meta.url)));

export async function getCollection(name: string): Promise<readonly { id: string; data: unknown }[]> {
  return (collections as unknown as Record<string, readonly { id: string; data: unknown }[]>)[name] ?? [];
}
