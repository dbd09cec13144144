/**
 * Font subsetting after the build: the site's text uses a hundred-odd characters, the Latin
 * font files carry several hundred glyphs. These plain functions decide what to keep and how
 * to rename the smaller files; `src/integrations/font-subset.ts` does the reading and writing.
 * They work on the files' bytes (UTF-8): no page is decoded into a string or re-encoded.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';

/** An entity at the start of a text: `&#39;`, `&#x2019;` or one of the few names HTML writers use. */
const ENTITY = /^&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/i;
const NAMED: Record<string, number> = { amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27, nbsp: 0xa0 };
/** The longest entity ENTITY reads (`&#x10ffff;` with a few leading zeros to spare). */
const ENTITY_MAX_BYTES = 16;
const AMPERSAND = 0x26;

/** Marks in `seen` the code point of the entity at `start` in `bytes`, if one starts there. */
function markEntity(bytes: Uint8Array, start: number, seen: Uint8Array): void {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(ENTITY_MAX_BYTES, bytes.length - start)).toString('latin1');
  const match = ENTITY.exec(head);
  if (!match) return;
  const [, decimal, hex, name] = match;
  const codePoint = name ? NAMED[name.toLowerCase()] : decimal ? Number(decimal) : parseInt(hex ?? '', 16);
  if (codePoint !== undefined && codePoint <= 0x10ffff) seen[codePoint] = 1;
}

/**
 * Marks in `seen` the character of valid UTF-8 starting at `index` if it is not ASCII; returns
 * where the next one starts. A continuation byte (met only when starting mid-character) is skipped.
 */
function markNonAsciiAt(bytes: Uint8Array, index: number, seen: Uint8Array): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0xc0) return index + 1;
  const next = (offset: number): number => (bytes[index + offset] ?? 0) & 0x3f;
  if (lead < 0xe0) {
    seen[((lead & 0x1f) << 6) | next(1)] = 1;
    return index + 2;
  }
  if (lead < 0xf0) {
    seen[((lead & 0x0f) << 12) | (next(1) << 6) | next(2)] = 1;
    return index + 3;
  }
  seen[((lead & 0x07) << 18) | (next(1) << 12) | (next(2) << 6) | next(3)] = 1;
  return index + 4;
}

/**
 * Marks in `seen` every character of valid UTF-8 `bytes` that is not ASCII. Most bytes are ASCII,
 * so the bytes are tested four at a time and only a group holding a byte from 0x80 up is decoded
 * (from its first byte: the end of a character begun in the group before is skipped).
 */
function markNonAscii(bytes: Uint8Array, seen: Uint8Array): void {
  // Groups start at an address that is a multiple of four, as a Uint32Array view must.
  const aligned = Math.min(bytes.length, (4 - (bytes.byteOffset % 4)) % 4);
  const count = (bytes.length - aligned) >> 2;
  const groups = count === 0 ? new Uint32Array(0) : new Uint32Array(bytes.buffer, bytes.byteOffset + aligned, count);
  for (let index = 0; index < aligned;) index = markNonAsciiAt(bytes, index, seen);
  for (let group = 0; group < count; group++) {
    if (((groups[group] ?? 0) & 0x80808080) === 0) continue;
    const start = aligned + group * 4;
    for (let index = start; index < start + 4;) index = markNonAsciiAt(bytes, index, seen);
  }
  for (let index = aligned + count * 4; index < bytes.length;) index = markNonAsciiAt(bytes, index, seen);
}

/**
 * Every character a set of UTF-8 documents can display, gathered one document at a time: their
 * raw characters (markup included, which only adds ASCII) and the characters their entities
 * stand for. Each document takes three quick passes: each ASCII character not met yet is looked
 * for (a native byte search; after the first pages few are left), the bytes from 0x80 up are
 * decoded, and each `&` is read as an entity.
 */
export class CharacterSet {
  readonly #seen = new Uint8Array(0x110000);
  /** The ASCII characters no document has shown yet. */
  #asciiUnseen: number[] = Array.from({ length: 0x80 }, (_, code) => code);

  /** Adds the characters of one document; refuses, by name, one that is not valid UTF-8. */
  add(name: string, bytes: Uint8Array): void {
    if (!isUtf8(bytes)) throw new Error(`font-subset: ${name} is not valid UTF-8`);
    const seen = this.#seen;
    this.#asciiUnseen = this.#asciiUnseen.filter((code) => {
      if (bytes.indexOf(code) === -1) return true;
      seen[code] = 1;
      return false;
    });
    markNonAscii(bytes, seen);
    for (let at = bytes.indexOf(AMPERSAND); at !== -1; at = bytes.indexOf(AMPERSAND, at + 1)) markEntity(bytes, at, seen);
  }

  /** The characters added so far, each once, in code-unit order (a stable cache key). */
  toString(): string {
    const seen = this.#seen;
    const found: string[] = [];
    for (let codePoint = 0; codePoint < seen.length; codePoint++) {
      if (seen[codePoint] === 1) found.push(String.fromCodePoint(codePoint));
    }
    return found.sort().join('');
  }
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

/** The bytes a built asset's name is made of: letters, digits, `.`, `_`, `-` (Vite's hashes use the last two). */
const NAME_BYTE = new Uint8Array(128);
for (const character of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-') NAME_BYTE[character.charCodeAt(0)] = 1;

/** A built asset's name in a file, and where it starts (a byte offset). */
export interface AssetReference {
  offset: number;
  name: string;
}

/**
 * Every reference to a built asset in a page or stylesheet (`<folder>/<name>`, as in
 * `/_astro/style.B9PnKK6d.css` or `url(/_astro/a.DJ5YJwmz.woff2)`), in the order of the file.
 * @param folder the build's asset folder with a trailing slash (`_astro/` unless configured otherwise)
 */
export function assetReferences(bytes: Buffer, folder: string): AssetReference[] {
  const references: AssetReference[] = [];
  for (let at = bytes.indexOf(folder); at !== -1; at = bytes.indexOf(folder, at + folder.length)) {
    const offset = at + folder.length;
    let end = offset;
    while (end < bytes.length && NAME_BYTE[bytes[end] ?? 0] === 1) end++;
    if (end > offset) references.push({ offset, name: bytes.toString('latin1', offset, end) });
  }
  return references;
}

/** A renamed asset's name to write over its old one, at the byte offset where the old one starts. */
export interface AssetRename {
  offset: number;
  from: string;
  to: string;
}

/** Of a file's asset references, the ones to rewrite, each with its new name. */
export function renamesIn(references: readonly AssetReference[], renames: ReadonlyMap<string, string>): AssetRename[] {
  return references.flatMap(({ offset, name }) => {
    const to = renames.get(name);
    return to === undefined ? [] : [{ offset, from: name, to }];
  });
}

/** True when every new name is as long as the old one, so the file can be patched where it is. */
export const patchableInPlace = (edits: readonly AssetRename[]): boolean => edits.every(({ from, to }) => from.length === to.length);

/** The bytes of a file with its renamed references rewritten (edits in the order of the file). */
export function withRenames(bytes: Buffer, edits: readonly AssetRename[]): Buffer {
  const parts: Uint8Array[] = [];
  let copied = 0;
  for (const { offset, from, to } of edits) {
    parts.push(bytes.subarray(copied, offset), Buffer.from(to, 'latin1'));
    copied = offset + from.length;
  }
  parts.push(bytes.subarray(copied));
  return Buffer.concat(parts);
}
