/** The origin used when SITE_URL is not set (a local preview). */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

type Env = Record<string, string | undefined>;

/** Reads SITE_URL (an absolute http(s) URL) and fails with a clear message when it is malformed. */
export function siteUrl(env: Env): string {
  const value = env['SITE_URL']?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org, got "${value}"`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must start with http:// or https://, got "${value}"`);
  return url.origin;
}

/** Reads BASE_PATH and normalises it to start and end with a slash ("/", "/explainer/"). */
export function siteBase(env: Env): string {
  const value = env['BASE_PATH']?.trim() ?? '';
  const inner = value.split('/').filter(Boolean).join('/');
  return inner === '' ? '/' : `/${inner}/`;
}
