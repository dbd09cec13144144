/**
 * Font subsetting before the build: the site's text uses under two hundred characters, the
 * @fontsource files carry several hundred glyphs each. These plain functions decide which
 * characters to keep and which files to cut; `src/integrations/font-subset.ts` does the cutting.
 */
import { createHash } from 'node:crypto';

/**
 * What typesetting and formatting add to the text the editors write (src/lib/markdown, dates and
 * numbers): the space, the digits, the no-break and narrow no-break spaces (U+00A0, U+202F),
 * « » and the middle dot, curly quotes (‘ ’ “ ” „), the en and em dashes and the ellipsis; and
 * the character the code writes itself: the bar of the language switch (« FR | EN »).
 */
export const TYPESETTING_CHARACTERS = ' 0123456789\u00a0\u202f«»·‘’“”„–—…|';

/** The characters of `texts` and the typesetting ones, each once, sorted by code unit (a stable cache key); no control characters. */
export function fontCharacters(texts: Iterable<string>): string {
  const characters = new Set(TYPESETTING_CHARACTERS);
  for (const text of texts) for (const character of text) characters.add(character);
  return [...characters]
    .filter((character) => !/\p{Cc}/u.test(character))
    .sort()
    .join('');
}

/** Every @fontsource font file that `sources` (stylesheets, components) name, as package paths, each once, sorted. */
export function fontFilesNamed(sources: Iterable<string>): string[] {
  const files = new Set<string>();
  for (const source of sources) for (const [file] of source.matchAll(/@fontsource\/[\w.-]+\/files\/[\w.-]+\.woff2?/g)) files.add(file);
  return [...files].sort();
}

/** Bump when the subsetting itself changes (options, library), so that no older cut is reused. */
const SUBSET_VERSION = 2;

/** The cache key of a set of cut fonts: sha256 of the characters kept and of each original file, by name. */
export function subsetKey(fonts: readonly { file: string; bytes: Uint8Array }[], characters: string): string {
  const hash = createHash('sha256').update(`font-subset v${SUBSET_VERSION}\n${characters}\n`);
  for (const { file, bytes } of fonts) hash.update(`${file}\n`).update(bytes);
  return hash.digest('hex');
}
