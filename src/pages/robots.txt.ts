import type { APIRoute } from 'astro';
import { publicUrl } from '../lib/paths.ts';

/** robots.txt: everything may be crawled; the sitemap index is named with its absolute URL. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = publicUrl(`${import.meta.env.BASE_URL}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
