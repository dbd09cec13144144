import type { APIContext } from 'astro';
import { getLiveArticles, type Article } from '../../../../data/articles.ts';
import { uiStrings } from '../../../../i18n/index.ts';
import { articleSlug } from '../../../../lib/articles.ts';
import { formatDate } from '../../../../lib/dates.ts';
import { ogImage } from '../../../../lib/og-image.ts';
import { langParam } from '../../../../lib/paths.ts';

export async function getStaticPaths() {
  const articles = await getLiveArticles();
  return articles.map((article) => ({ params: { lang: langParam(article.data.lang), slug: articleSlug(article.id) }, props: { article } }));
}

/** The Open Graph image of an article, beside its page: title, site name and publication date. */
export async function GET(context: APIContext) {
  const { data } = (context.props as { article: Article }).article;
  const t = uiStrings(data.lang);
  const png = await ogImage({
    title: data.title,
    siteName: t.siteName,
    date: `${t.published} ${formatDate(data.published, data.lang)}`,
    lang: data.lang,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
