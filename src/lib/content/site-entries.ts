/** The entries the route table builds pages for (content check, sitemap). */
import type { SiteEntries } from '../routes.ts';
import { readContent } from './read.ts';
import type { ValidContent } from './loaded.ts';
import { validateContent } from './validate.ts';

/** The entries of `content` the site builds a page for (drafts are not built). */
export function contentEntries(content: ValidContent): SiteEntries {
  return {
    articles: content.articles
      .filter((article) => !article.data.draft)
      .map((article) => ({ lang: article.data.lang, slug: article.slug, translationKey: article.data.translationKey })),
    people: content.people.map((person) => person.data),
    countries: content.countries.map((country) => country.data),
  };
}

/**
 * The entries of the content folder under `root`, read without Astro (for the sitemap, written
 * after the build); the content check (src/data/site-data.ts) has reported any problem in it.
 */
export function readSiteEntries(root: string): SiteEntries {
  return contentEntries(validateContent(readContent(root).content).content);
}
