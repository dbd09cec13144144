import type { AstroIntegration } from 'astro';
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { forEachFile } from '../lib/file-batch.ts';
import { separateBlocks } from '../lib/search.ts';

/** Stops the build with Pagefind's own messages when a step of the index failed. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/**
 * After the build, writes the site search index into `pagefind/` with Pagefind's Node API, so
 * `astro build` alone gives the whole site. Pagefind reads only the main content of the pages
 * that mark it (`data-pagefind-body`), one index per page language; each page goes through
 * `separateBlocks` first, so words from neighbouring blocks stay apart in the excerpts.
 * Runs after the other post-build steps, on the pages as they are served.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex();
        check('start', errors);
        if (!index) throw new Error('Pagefind could not start');
        try {
          const pages = await Array.fromAsync(glob('**/*.html', { cwd: site }));
          const added = await forEachFile(pages, async (sourcePath) =>
            index.addHTMLFile({ sourcePath, content: separateBlocks(await readFile(join(site, sourcePath), 'utf8')) }),
          );
          for (const { errors: fileErrors } of added) check('index a page', fileErrors);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          check('write the index', written.errors);
          logger.info(`search index of ${pages.length} built pages written to pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
