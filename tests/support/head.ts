/** Checks of the sharing tags in a built page's head. */
import type { CheerioAPI } from 'cheerio';

const meta = ($: CheerioAPI, attribute: 'property' | 'name', key: string): string | undefined =>
  $(`meta[${attribute}="${key}"]`).attr('content');

const link = ($: CheerioAPI, rel: string, hreflang?: string): string | undefined =>
  $(`link[rel="${rel}"]${hreflang ? `[hreflang="${hreflang}"]` : ''}`).attr('href');

/** The page's Open Graph image URL, if it has one. */
export function ogImageUrl($: CheerioAPI): string | undefined {
  return meta($, 'property', 'og:image');
}

/**
 * What is missing or inconsistent in the head of an indexable page: canonical, hreflang
 * alternates (fr, en, x-default = fr), description, Open Graph and Twitter card tags, and an
 * og:image (absolute) with its type, 1200×630 size and alt text (saying what the card shows, its
 * topic included, not only repeating the title), shared as a large Twitter card.
 * Returns an empty list for a page with `noindex` (the 404 page), which must have none of them.
 */
export function headProblems($: CheerioAPI): string[] {
  if ($('meta[name="robots"][content="noindex"]').length > 0) return link($, 'canonical') ? ['noindex page has a canonical link'] : [];
  const problems: string[] = [];
  const canonical = link($, 'canonical');
  if (!canonical) return ['no canonical link'];
  const alternates = {
    fr: link($, 'alternate', 'fr'),
    en: link($, 'alternate', 'en'),
    'x-default': link($, 'alternate', 'x-default'),
  };
  for (const [lang, href] of Object.entries(alternates)) if (!href) problems.push(`no hreflang="${lang}" alternate`);
  if (!Object.values(alternates).includes(canonical)) problems.push('the canonical URL is none of the language alternates');
  if (alternates['x-default'] !== alternates.fr) problems.push('x-default is not the French page');
  if (!meta($, 'name', 'description')) problems.push('no meta description');
  for (const key of ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:url', 'og:locale'])
    if (!meta($, 'property', key)) problems.push(`no ${key}`);
  if (meta($, 'property', 'og:url') !== canonical) problems.push('og:url differs from the canonical URL');
  const card = meta($, 'name', 'twitter:card');
  if (!card) problems.push('no twitter:card');
  const image = ogImageUrl($);
  if (!image) return [...problems, 'no og:image'];
  if (!URL.canParse(image)) problems.push(`og:image ${image} is not an absolute URL`);
  const expected = { 'og:image:type': 'image/png', 'og:image:width': '1200', 'og:image:height': '630' };
  for (const [key, value] of Object.entries(expected)) if (meta($, 'property', key) !== value) problems.push(`${key} is not "${value}"`);
  const alt = meta($, 'property', 'og:image:alt');
  if (!alt) problems.push('no og:image:alt');
  else {
    // The alt says what the card shows: its topic and date with the title, not the title alone.
    if (alt === meta($, 'property', 'og:title')) problems.push('og:image:alt only repeats og:title');
    if (!alt.includes('Ukraine')) problems.push('og:image:alt does not say the card’s topic (Ukraine)');
  }
  if (card && card !== 'summary_large_image') problems.push('og:image without a summary_large_image twitter:card');
  return problems;
}
