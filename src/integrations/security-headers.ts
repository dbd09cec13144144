import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers.ts';

/** Writes `dist/_headers` (security headers and asset caching for Netlify and Cloudflare Pages) after the build. */
export function securityHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
        logger.info('_headers written');
      },
    },
  };
}
