import type { AstroIntegration } from 'astro';
import { ogImageStats } from '../lib/og-image-stats.ts';

/**
 * Says at the end of a build how many Open Graph images were drawn and how many came from the
 * cache, so that a build with no content change can be seen to draw none.
 */
export function ogImageReport(): AstroIntegration {
  return {
    name: 'og-image-report',
    hooks: {
      'astro:build:start': () => {
        ogImageStats.rendered = 0;
        ogImageStats.cached = 0;
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`og-images: ${ogImageStats.rendered} rendered, ${ogImageStats.cached} from cache`);
      },
    },
  };
}
