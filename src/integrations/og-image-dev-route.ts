/**
 * `astro dev` only: serves each article's Open Graph image beside its page, drawn on request
 * (through the same cache). A build writes the files itself, once every page is out
 * (`og-images.ts`), without a route per image.
 */
import type { APIContext } from 'astro';
import { getLiveArticles, type Article } from '../data/articles.ts';
import { articleSlug } from '../lib/articles.ts';
import { articleCard } from '../lib/og-card.ts';
import { ogImage } from '../lib/og-image.ts';
import { langParam } from '../lib/paths.ts';

export async function getStaticPaths() {
  const articles = await getLiveArticles();
  return articles.map((article) => ({ params: { lang: langParam(article.data.lang), slug: articleSlug(article.id) }, props: { article } }));
}

export async function GET(context: APIContext) {
  const png = await ogImage(articleCard((context.props as { article: Article }).article.data));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
