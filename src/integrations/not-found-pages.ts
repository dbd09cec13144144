import type { AstroIntegration } from 'astro';
import { rename, rmdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * `dist/_redirects` for Netlify: a missing path under `/en/` gets the English 404 page, with a
 * 404 status (a path that exists is served as it is). Other missing paths get `/404.html`.
 */
export function redirectsFile(base: string): string {
  return `${base}en/*  ${base}en/404.html  404\n`;
}

/**
 * The English 404 page at `en/404.html`, where static hosts look for it: Cloudflare Pages serves
 * the nearest `404.html` up the tree from a missing path, Netlify follows `_redirects`. Astro
 * writes only the root `/404` page as `404.html`; this moves `en/404/index.html` there once the
 * build is done, and writes `_redirects`.
 */
export function notFoundPages(): AstroIntegration {
  let base = '/';
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await rename(new URL('en/404/index.html', dir), new URL('en/404.html', dir));
        await rmdir(new URL('en/404/', dir));
        await writeFile(fileURLToPath(new URL('_redirects', dir)), redirectsFile(base));
        logger.info('en/404.html and _redirects written');
      },
    },
  };
}
