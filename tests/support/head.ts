/** Checks of the sharing tags in a built page's head, and of the RSS feeds. */

const meta = (html: string, attribute: 'property' | 'name', key: string): string | undefined =>
  new RegExp(`<meta ${attribute}="${key.replace(/[:+]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

const link = (html: string, rel: string, hreflang?: string): string | undefined =>
  new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="([^"]*)"`).exec(html)?.[1];

/** The page's Open Graph image URL, if it has one. */
export function ogImageUrl(html: string): string | undefined {
  return meta(html, 'property', 'og:image');
}

/**
 * What is missing or inconsistent in the head of an indexable page: canonical, hreflang
 * alternates (fr, en, x-default = fr), description, Open Graph and Twitter card tags; with an
 * og:image, its type, 1200×630 size and alt text, and a large Twitter card.
 * Returns an empty list for a page with `noindex` (the 404 page), which must have none of them.
 */
export function headProblems(html: string): string[] {
  if (/<meta name="robots" content="noindex"/.test(html)) return link(html, 'canonical') ? ['noindex page has a canonical link'] : [];
  const problems: string[] = [];
  const canonical = link(html, 'canonical');
  if (!canonical) return ['no canonical link'];
  const alternates = {
    fr: link(html, 'alternate', 'fr'),
    en: link(html, 'alternate', 'en'),
    'x-default': link(html, 'alternate', 'x-default'),
  };
  for (const [lang, href] of Object.entries(alternates)) if (!href) problems.push(`no hreflang="${lang}" alternate`);
  if (!Object.values(alternates).includes(canonical)) problems.push('the canonical URL is none of the language alternates');
  if (alternates['x-default'] !== alternates.fr) problems.push('x-default is not the French page');
  if (!meta(html, 'name', 'description')) problems.push('no meta description');
  for (const key of ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:url', 'og:locale'])
    if (!meta(html, 'property', key)) problems.push(`no ${key}`);
  if (meta(html, 'property', 'og:url') !== canonical) problems.push('og:url differs from the canonical URL');
  const card = meta(html, 'name', 'twitter:card');
  if (!card) problems.push('no twitter:card');
  if (ogImageUrl(html)) {
    const expected = { 'og:image:type': 'image/png', 'og:image:width': '1200', 'og:image:height': '630' };
    for (const [key, value] of Object.entries(expected))
      if (meta(html, 'property', key) !== value) problems.push(`${key} is not "${value}"`);
    if (!meta(html, 'property', 'og:image:alt')) problems.push('no og:image:alt');
    if (card && card !== 'summary_large_image') problems.push('og:image without a summary_large_image twitter:card');
  }
  return problems;
}

/** The item links of an RSS feed. */
export function feedLinks(xml: string): string[] {
  return [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>[\s\S]*?<\/item>/g)].map((m) => m[1] ?? '');
}
