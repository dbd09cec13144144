import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ARTICLES_DIR, DATA_FILES } from './lib/content/files.ts';
import {
  articleSchema,
  countrySchema,
  organisationSchema,
  personSchema,
  sourceSchema,
  summitSchema,
  timelineEventSchema,
} from './lib/content/schema.ts';
import { parseYaml } from './lib/content/yaml.ts';

const yamlList = (text: string) => parseYaml(text) as Record<string, unknown>[];

export const collections = {
  sources: defineCollection({ loader: file(DATA_FILES.sources, { parser: yamlList }), schema: sourceSchema }),
  people: defineCollection({ loader: file(DATA_FILES.people, { parser: yamlList }), schema: personSchema }),
  countries: defineCollection({ loader: file(DATA_FILES.countries, { parser: yamlList }), schema: countrySchema }),
  organisations: defineCollection({ loader: file(DATA_FILES.organisations, { parser: yamlList }), schema: organisationSchema }),
  summit: defineCollection({ loader: file(DATA_FILES.summit, { parser: yamlList }), schema: summitSchema }),
  timeline: defineCollection({ loader: file(DATA_FILES.timeline, { parser: yamlList }), schema: timelineEventSchema }),
  articles: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ARTICLES_DIR }), schema: articleSchema }),
};
