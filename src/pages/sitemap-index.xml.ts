import type { APIRoute } from 'astro';
import { publicUrl } from '../lib/paths.ts';
import { sitemapIndexXml } from '../lib/sitemap.ts';

/** The sitemap index robots.txt names: the one sitemap, `sitemap-0.xml`. */
export const GET: APIRoute = ({ site }) =>
  new Response(sitemapIndexXml([publicUrl(`${import.meta.env.BASE_URL}sitemap-0.xml`, site)]), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
