/** The entries the route table builds pages for, from the content layer (for the sitemap). */
import { articleSlug } from '../lib/articles.ts';
import type { SiteEntries } from '../lib/routes.ts';
import { getLiveArticles } from './articles.ts';
import { getSiteData } from './site-data.ts';

/** The live articles, the people and the states, as Astro's loaders read them (and the content check passed them). */
export async function getSiteEntries(): Promise<SiteEntries> {
  const [data, articles] = await Promise.all([getSiteData(), getLiveArticles()]);
  return {
    articles: articles.map((article) => ({
      lang: article.data.lang,
      slug: articleSlug(article.id),
      translationKey: article.data.translationKey,
    })),
    people: data.people,
    countries: data.countries,
  };
}
