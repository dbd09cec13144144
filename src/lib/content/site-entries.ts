/** The entries the route table builds pages for, read from the content folder without Astro (content check, sitemap). */
import type { SiteEntries } from '../routes.ts';
import { readContent } from './read.ts';
import { validateContent, type ValidContent } from './validate.ts';

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
 * The entries of the content folder under `root`; the content check (which runs first, see
 * `src/integrations/content-integrity.ts`) reports any problem in it.
 * @param parse the YAML parser (see `readContent`)
 */
export function readSiteEntries(root: string, parse?: (text: string) => unknown): SiteEntries {
  return contentEntries(validateContent(readContent(root, parse).content).content);
}
