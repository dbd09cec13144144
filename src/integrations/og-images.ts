import type { AstroIntegration } from 'astro';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachFile } from '../lib/file-batch.ts';
import { ogImageBuild } from '../lib/og-image-build.ts';
import { ogImageFile } from '../lib/og-image.ts';
import { builtFile } from '../lib/paths.ts';

/**
 * The articles' Open Graph images. Each article page asks for its card while it renders
 * (`ogImageBuild.requested`); once every page is written, this copies each card from the cache
 * beside its page, drawing the ones never drawn before, and says how many were drawn and how many
 * came from the cache, so that a build with no content change can be seen to draw none.
 * Under `astro dev` a route serves the cards on request instead.
 */
export function ogImages(): AstroIntegration {
  let base = '/';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (command === 'dev') {
          injectRoute({ pattern: '/[...lang]/articles/[slug]/og.png', entrypoint: new URL('./og-image-dev-route.ts', import.meta.url) });
        }
      },
      'astro:build:start': () => {
        ogImageBuild.requested.clear();
        ogImageBuild.rendered = 0;
        ogImageBuild.cached = 0;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await forEachFile(ogImageBuild.requested, async ([path, card]) => {
          const file = join(root, builtFile(path, base));
          await mkdir(dirname(file), { recursive: true });
          await copyFile(await ogImageFile(card), file);
        });
        logger.info(`og-images: ${ogImageBuild.rendered} rendered, ${ogImageBuild.cached} from cache`);
      },
    },
  };
}
