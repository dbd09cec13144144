import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * `dist/_redirects` for Netlify: a missing path under `/en/` gets the English 404 page
 * (`src/pages/en/404.astro`, built as `en/404/index.html` like every page), with a 404 status; a
 * path that exists is served as it is. Other missing paths get `/404.html`.
 */
export function redirectsFile(base: string): string {
  return `${base}en/*  ${base}en/404/  404\n`;
}

/** Writes `_redirects` once the build is done (a new file beside the pages, like `_headers`). */
export function notFoundRedirects(): AstroIntegration {
  let base = '/';
  return {
    name: 'not-found-redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(fileURLToPath(new URL('_redirects', dir)), redirectsFile(base));
        logger.info('_redirects written');
      },
    },
  };
}
