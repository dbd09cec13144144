import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { locatorBaseSvg } from '../lib/locator.ts';
import { drawLocatorMap } from '../lib/map.ts';

/** The locator map's base, one file for every country page (see src/lib/locator.ts). */
export const GET: APIRoute = async () => {
  const { countries } = await getSiteData();
  return new Response(locatorBaseSvg(drawLocatorMap(countries)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
