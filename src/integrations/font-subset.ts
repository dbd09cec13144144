import type { AstroIntegration } from 'astro';
import { globSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { buildCacheDir, cachedFile } from '../lib/file-cache.ts';
import { fontCharacters, fontFilesNamed, subsetKey } from '../lib/font-subset.ts';

/** What the editors write and the interface says: the text the fonts must cover, with the typesetting characters. */
const TEXT_FILES = ['content/**/*.mdx', 'content/**/*.yaml', 'src/i18n/*.ts'];
/** Where the stylesheet's `@font-face` rules and the head's preload name the font files. */
const FONT_USERS = ['src/**/*.css', 'src/**/*.astro'];

/**
 * In `astro build`, before Vite bundles anything: cuts each @fontsource file that a stylesheet or
 * component names down to the characters of the content and the interface dictionaries, and points
 * `@fontsource/…/files/…` at the cut files, which Vite then fingerprints like any asset. Nothing is
 * rewritten after the build. The cut files are kept in `node_modules/.cache/font-subset/<key>/`
 * (key: the characters and the original files), so an unchanged build cuts none. `astro dev`
 * serves the whole files. The built-site tests check every page's characters against its fonts.
 */
export function fontSubset(): AstroIntegration {
  return {
    name: 'font-subset',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const read = (patterns: string[]): string[] =>
          globSync(patterns, { cwd: root }).map((file) => readFileSync(join(root, file), 'utf8'));
        const resolveFromRoot = createRequire(join(root, 'package.json')).resolve;
        const characters = fontCharacters(read(TEXT_FILES));
        const fonts = fontFilesNamed(read(FONT_USERS)).map((file) => ({ file, bytes: readFileSync(resolveFromRoot(file)) }));
        const dir = join(buildCacheDir(root, 'font-subset'), subsetKey(fonts, characters));
        let [before, after, made] = [0, 0, 0];
        for (const { file, bytes } of fonts) {
          const targetFormat = file.endsWith('.woff') ? 'woff' : 'woff2';
          const cut = await cachedFile(join(dir, dirname(file)), basename(file), () => subsetFont(bytes, characters, { targetFormat }));
          [before, after, made] = [before + bytes.length, after + readFileSync(cut.path).length, made + Number(cut.made)];
        }
        updateConfig({
          vite: {
            resolve: { alias: [{ find: /^@fontsource\/(?=[^/]+\/files\/)/, replacement: join(dir, '@fontsource/') }] },
            // A font file, however small once cut, stays a file: inlined, it would weigh on every page's stylesheet.
            build: { assetsInlineLimit: (file: string) => (file.startsWith(dir) ? false : undefined) },
          },
        });
        logger.info(
          `${fonts.length} font files cut to ${[...characters].length} characters: ${before} → ${after} bytes (${made} cut, ${fonts.length - made} from cache)`,
        );
      },
    },
  };
}
