/** The origin of a local preview (`npm start`, `npm run dev`, the tests), never of a published build. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

type Env = Record<string, string | undefined>;

/**
 * The variables that give the public URL, in the order they are read: ours, then the one each
 * static host sets during its builds (Vercel's has no scheme: https is assumed).
 */
export const URL_VARIABLES = [
  { name: 'SITE_URL', host: 'any host' },
  { name: 'URL', host: 'Netlify' },
  { name: 'CF_PAGES_URL', host: 'Cloudflare Pages' },
  { name: 'VERCEL_PROJECT_PRODUCTION_URL', host: 'Vercel' },
] as const;

/** What a build with no public URL says: which variable to set, and how. */
export const MISSING_SITE_URL = [
  'No public URL for this build: canonical links, share links, the feed and the sitemap need the',
  'address the site will be served from. Set SITE_URL, for example',
  '  SITE_URL=https://explainer.example.org npm run build',
  '(Netlify, Cloudflare Pages and Vercel set URL, CF_PAGES_URL or VERCEL_PROJECT_PRODUCTION_URL',
  'themselves; see docs/deploying.md). For a local preview, run `npm start` instead.',
].join('\n');

/** An origin from a variable's value, or a clear error naming the variable. */
function origin(name: string, raw: string): string {
  const value = name === 'VERCEL_PROJECT_PRODUCTION_URL' && !/^[a-z]+:\/\//i.test(raw) ? `https://${raw}` : raw;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL such as https://example.org, got "${raw}"`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${name} must start with http:// or https://, got "${raw}"`);
  return url.origin;
}

/** The public origin from SITE_URL or a host's own variable; undefined when none is set. */
export function publicSiteUrl(env: Env): string | undefined {
  for (const { name } of URL_VARIABLES) {
    const value = env[name]?.trim();
    if (value) return origin(name, value);
  }
  return undefined;
}

/** The origin the site is built for: the public one, else the local preview's (dev, tests). */
export function siteUrl(env: Env): string {
  return publicSiteUrl(env) ?? LOCAL_SITE_URL;
}

/** Reads BASE_PATH and normalises it to start and end with a slash ("/", "/explainer/"). */
export function siteBase(env: Env): string {
  const value = env['BASE_PATH']?.trim() ?? '';
  const inner = value.split('/').filter(Boolean).join('/');
  return inner === '' ? '/' : `/${inner}/`;
}
