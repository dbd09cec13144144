import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getLiveArticles } from '../../data/articles.ts';
import { uiStrings } from '../../i18n/index.ts';
import { publishedArticles } from '../../lib/articles.ts';
import { LANGS, type Lang } from '../../lib/content/schema.ts';
import { feedItem } from '../../lib/feed.ts';
import { langParam, pageUrl } from '../../lib/paths.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The RSS feed of one language's articles, newest first, with their update notes. */
export async function GET(context: APIContext) {
  const { lang } = context.props as { lang: Lang };
  const t = uiStrings(lang);
  const base = import.meta.env.BASE_URL;
  const articles = publishedArticles(await getLiveArticles(), lang);
  return rss({
    title: t.feedTitle,
    description: t.siteTagline,
    site: new URL(pageUrl(base, lang), context.site),
    items: articles.map((article) => feedItem(article, base, t.feedUpdated)),
    customData: `<language>${lang}</language>`,
  });
}
