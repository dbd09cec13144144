/**
 * Font subsetting after the build: the site's text uses a hundred-odd characters, the Latin
 * font files carry several hundred glyphs. These plain functions decide what to keep and how
 * to rename the smaller files; `src/integrations/font-subset.ts` does the reading and writing.
 */
import { createHash } from 'node:crypto';

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

/**
 * Every character the given documents can display, as one string without repeats: their raw
 * characters (markup included, which only adds ASCII) and the characters their entities stand for.
 * One pass over each document, code unit by code unit, against a table of those already seen.
 */
export function usedCharacters(documents: Iterable<string>): string {
  const found = new Set<string>();
  const seen = new Uint8Array(0x10000);
  for (const document of documents) {
    for (let index = 0; index < document.length; index++) {
      const unit = document.charCodeAt(index);
      if (seen[unit] === 1) continue;
      if (isHighSurrogate(unit)) {
        // A character outside the Basic Multilingual Plane: rare, so looked at each time.
        const codePoint = document.codePointAt(index) ?? unit;
        found.add(String.fromCodePoint(codePoint));
        if (codePoint > 0xffff) index++;
        continue;
      }
      seen[unit] = 1;
      found.add(String.fromCharCode(unit));
    }
    for (const [, decimal, hex, name] of document.matchAll(ENTITY)) {
      found.add(name ? (NAMED[name.toLowerCase()] ?? '') : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex ?? '0', 16)));
    }
  }
  found.delete('');
  return [...found].sort().join('');
}

/** Bump when the subsetting itself changes (options, library), so that no older cut is reused. */
const SUBSET_VERSION = 1;

/** The cache key of a cut font: sha256 of the original file, the characters kept and the output format. */
export function subsetKey(font: Uint8Array, characters: string, format: 'woff' | 'woff2'): string {
  return createHash('sha256').update(`font-subset v${SUBSET_VERSION} ${format}\n${characters}\n`).update(font).digest('hex');
}

/**
 * The name of a rewritten asset: the original name with its content hash replaced, so a file
 * whose content changed gets a new URL and long-lived caches never serve a stale one.
 * `source-serif-4-latin-400-normal.DJ5YJwmz.woff2` → `source-serif-4-latin-400-normal.3fa9c1d2.woff2`
 */
export function fingerprintedName(file: string, content: Uint8Array | string): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8);
  const match = /^(.*?)(?:\.[A-Za-z0-9_-]{8})?\.([a-z0-9]+)$/.exec(file);
  if (!match) throw new Error(`font-subset: ${file} has no file extension`);
  return `${match[1]}.${hash}.${match[2]}`;
}

/** A text with every old file name replaced by its new one, in one pass over the text. */
export function renameReferences(text: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return text;
  const oldNames = new RegExp([...renames.keys()].map((name) => RegExp.escape(name)).join('|'), 'g');
  return text.replace(oldNames, (name) => renames.get(name) ?? name);
}
