import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The synthetic articles, read like the site reads its own, without a schema or data collections. */
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: 'content/articles' }) }),
};
