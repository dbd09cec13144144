/**
 * Font subsetting after the build: the site's text uses a hundred-odd characters, the Latin
 * font files carry several hundred glyphs. These plain functions decide what to keep and how
 * to rename the smaller files; `src/integrations/font-subset.ts` does the reading and writing.
 */
import { createHash } from 'node:crypto';

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Every character the given documents can display, as one string without repeats: their raw
 * characters (markup included, which only adds ASCII) and the characters their entities stand for.
 */
export function usedCharacters(documents: readonly string[]): string {
  const found = new Set<string>();
  for (const document of documents) {
    for (const character of document) found.add(character);
    for (const [, decimal, hex, name] of document.matchAll(ENTITY)) {
      found.add(name ? (NAMED[name.toLowerCase()] ?? '') : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex ?? '0', 16)));
    }
  }
  found.delete('');
  return [...found].sort().join('');
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

/** A text with every old file name replaced by its new one. */
export function renameReferences(text: string, renames: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [from, to] of renames) result = result.split(from).join(to);
  return result;
}
