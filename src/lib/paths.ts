import type { Lang } from './content/schema.ts';
import { memoized } from './memo.ts';

/** The site's default language, served at the root; the other lives under `/en/`. */
export const DEFAULT_LANG: Lang = 'fr';

/** The path prefix of a language inside the site: "" for French, "en" for English. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : lang;
}

/**
 * Builds a site-internal URL: base path, language prefix, then the page path, always ending with
 * a slash (the site's trailingSlash policy). Remembered: every page links the same navigation,
 * sections and articles.
 * @param base the deploy base path ("/" or "/explainer/")
 * @param lang the page's language
 * @param path the page path inside one language, such as "articles/essentiel" ("" for home)
 */
export const pageUrl: (base: string, lang: Lang, path?: string) => string = memoized(
  (base: string, lang: Lang, path = '') => `${base}\n${lang}\n${path}`,
  (base: string, lang: Lang, path = '') => {
    const segments = pathSegments(base, langPrefix(lang), path);
    return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  },
);

/**
 * Builds the URL of a file served by the site, the same in both languages, such as
 * "/explainer/data/countries.csv": base path, then the file path, with no trailing slash.
 * @param base the deploy base path
 * @param path the file path inside the site, such as "data/countries.csv"
 */
export function fileUrl(base: string, path: string): string {
  return `/${pathSegments(base, path).join('/')}`;
}

function pathSegments(...parts: string[]): string[] {
  return parts.flatMap((part) => part.split('/')).filter(Boolean);
}

/** The `[...lang]` route parameter of a language: none for French (served at the root). */
export function langParam(lang: Lang): string | undefined {
  return langPrefix(lang) || undefined;
}

/**
 * The language of a page from its path: English under the base path's `en/`, else French.
 * @param base the deploy base path
 */
export function pathLang(path: string, base: string): Lang {
  const prefix = pageUrl(base, 'en');
  return path === prefix.slice(0, -1) || path.startsWith(prefix) ? 'en' : DEFAULT_LANG;
}

/** The other language of the two. */
export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}

/**
 * The file a path of the site is built to, relative to the output folder: with base `/b/`,
 * `/b/en/` → `en/index.html` and `/b/en/articles/x/og.png` → `en/articles/x/og.png`.
 * @param path a decoded URL path, base included
 * @param base the deploy base path
 */
export function builtFile(path: string, base: string): string {
  if (!path.startsWith(base)) throw new Error(`${path} is outside the site's base path ${base}`);
  const inside = path.slice(base.length);
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}

/**
 * The public, absolute URL of a path of the site (canonical links, feeds, sharing, JSON-LD).
 * @param site the site's origin (`Astro.site`, from SITE_URL)
 */
export function publicUrl(path: string, site: URL | undefined): string {
  return new URL(path, site).href;
}

/** A page's `<title>`: « <page> — <site name> », or the site's name alone on the home page. */
export function documentTitle(pageTitle: string, siteName: string): string {
  return pageTitle === siteName ? siteName : `${pageTitle} — ${siteName}`;
}

/** The Open Graph image of the page at `pagePath`, beside it (`src/pages/[...page]/og.png.ts`). */
export function ogImagePath(pagePath: string): string {
  return `${pagePath}og.png`;
}
