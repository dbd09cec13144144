import type { AstroIntegration } from 'astro';
import { MISSING_SITE_URL, publicSiteUrl } from '../lib/deploy-env.ts';

/**
 * Stops `astro build` before anything renders when no public URL is set (SITE_URL or a host's
 * own variable): a published build must never ship `localhost` in its canonical, share, feed or
 * sitemap URLs. `astro dev`, `astro check` and the tests fall back to the local preview's URL;
 * `npm start` and `npm test` set it for their builds.
 */
export function publicUrlGuard(): AstroIntegration {
  return {
    name: 'public-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && publicSiteUrl(process.env) === undefined) throw new Error(MISSING_SITE_URL);
      },
    },
  };
}
