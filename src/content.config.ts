import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
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
import { yamlList } from './lib/content/yaml-loader.ts';

// Each schema typesets the entry's reader-facing text as it loads (src/lib/content/typeset.ts).
export const collections = {
  sources: defineCollection({ loader: yamlList(DATA_FILES.sources), schema: sourceSchema.transform(typesetSource) }),
  people: defineCollection({ loader: yamlList(DATA_FILES.people), schema: personSchema.transform(typesetBilingual) }),
  countries: defineCollection({ loader: yamlList(DATA_FILES.countries), schema: countrySchema.transform(typesetBilingual) }),
  organisations: defineCollection({ loader: yamlList(DATA_FILES.organisations), schema: organisationSchema.transform(typesetBilingual) }),
  summit: defineCollection({ loader: yamlList(DATA_FILES.summit), schema: summitSchema.transform(typesetBilingual) }),
  timeline: defineCollection({ loader: yamlList(DATA_FILES.timeline), schema: timelineEventSchema.transform(typesetBilingual) }),
  articles: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ARTICLES_DIR }), schema: articleSchema.transform(typesetArticle) }),
};
