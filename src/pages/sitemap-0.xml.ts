import type { APIRoute } from 'astro';
import { getSiteEntries } from '../data/site-entries.ts';
import { sitemapUrls, sitemapXml } from '../lib/sitemap.ts';

/** The sitemap: every page but the 404s, each with the hreflang alternates of its head. */
export const GET: APIRoute = async () =>
  new Response(sitemapXml(sitemapUrls(import.meta.env.BASE_URL, new URL(import.meta.env.SITE), await getSiteEntries())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
