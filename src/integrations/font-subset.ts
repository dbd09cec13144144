import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { forEachFile } from '../lib/file-batch.ts';
import { buildCacheDir, cachedFile } from '../lib/file-cache.ts';
import { fingerprintedName, renameReferences, subsetKey, usedCharacters } from '../lib/font-subset.ts';

/** The files directly in `dir` whose names end with one of `extensions`. */
const filesIn = (dir: string, extensions: readonly string[]): string[] =>
  readdirSync(dir).filter((name) => extensions.some((extension) => name.endsWith(extension)));

/** Every HTML page under `dir`, as absolute paths. */
const pagesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));

/** Each page's text, decoded one at a time as the caller goes through them. */
function* decodeEach(pages: readonly Buffer[]): Generator<string> {
  for (const bytes of pages) yield bytes.toString('utf8');
}

/**
 * After the build, cuts every web font in `_astro/` down to the characters the built pages use
 * (about a third smaller for the Latin files, a tenth of the size for Latin Extended). Each
 * rewritten font, then the stylesheet naming them, gets a new content-hashed name, and the
 * pages are rewritten to match, so the long-lived asset cache stays correct. Cut fonts are kept
 * in `node_modules/.cache/font-subset/` by font and characters, so a build whose text uses the
 * same characters cuts none.
 */
export function fontSubset(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'font-subset',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = buildCacheDir(fileURLToPath(config.root), 'font-subset');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = join(root, '_astro');
        // Each page is read once, as bytes: decoded to scan its characters, then rewritten from memory.
        const pages = await forEachFile(pagesUnder(root), async (file) => ({ file, bytes: await readFile(file) }));
        const text = usedCharacters(decodeEach(pages.map((page) => page.bytes)));
        const renames = new Map<string, string>();
        const rename = (name: string, content: Buffer | string): void => {
          const renamed = fingerprintedName(name, content);
          writeFileSync(join(assets, name), content);
          renameSync(join(assets, name), join(assets, renamed));
          renames.set(name, renamed);
        };
        let [before, after] = [0, 0];
        let [cut, fromCache] = [0, 0];
        for (const name of filesIn(assets, ['.woff2', '.woff'])) {
          const original = readFileSync(join(assets, name));
          const format = name.endsWith('.woff2') ? 'woff2' : 'woff';
          const cached = await cachedFile(cacheDir, `${subsetKey(original, text, format)}.${format}`, () =>
            subsetFont(original, text, { targetFormat: format }),
          );
          const subset = readFileSync(cached.path);
          if (cached.made) cut++;
          else fromCache++;
          rename(name, subset);
          [before, after] = [before + original.length, after + subset.length];
        }
        for (const name of filesIn(assets, ['.css'])) rename(name, renameReferences(readFileSync(join(assets, name), 'utf8'), renames));
        await forEachFile(pages, async ({ file, bytes }) => {
          // Rewritten as latin1, byte for byte: the names are ASCII, so no UTF-8 decoding is needed.
          const html = bytes.toString('latin1');
          const renamed = renameReferences(html, renames);
          if (renamed !== html) await writeFile(file, renamed, 'latin1');
        });
        logger.info(
          `fonts cut to the ${[...text].length} characters the pages use: ${before} → ${after} bytes (${cut} cut, ${fromCache} from cache)`,
        );
      },
    },
  };
}
