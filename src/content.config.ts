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
import { typesetArticle, typesetBilingual, typesetSource } from './lib/content/typeset.ts';
import { parseYaml } from './lib/content/yaml.ts';

const yamlList = (text: string) => parseYaml(text) as Record<string, unknown>[];

// Each schema typesets the entry's reader-facing text as it loads (src/lib/content/typeset.ts).
export const collections = {
  sources: defineCollection({ loader: file(DATA_FILES.sources, { parser: yamlList }), schema: sourceSchema.transform(typesetSource) }),
  people: defineCollection({ loader: file(DATA_FILES.people, { parser: yamlList }), schema: personSchema.transform(typesetBilingual) }),
  countries: defineCollection({
    loader: file(DATA_FILES.countries, { parser: yamlList }),
    schema: countrySchema.transform(typesetBilingual),
  }),
  organisations: defineCollection({
    loader: file(DATA_FILES.organisations, { parser: yamlList }),
    schema: organisationSchema.transform(typesetBilingual),
  }),
  summit: defineCollection({ loader: file(DATA_FILES.summit, { parser: yamlList }), schema: summitSchema.transform(typesetBilingual) }),
  timeline: defineCollection({
    loader: file(DATA_FILES.timeline, { parser: yamlList }),
    schema: timelineEventSchema.transform(typesetBilingual),
  }),
  articles: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ARTICLES_DIR }), schema: articleSchema.transform(typesetArticle) }),
};
