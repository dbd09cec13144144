import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import {
  assetReferences,
  CharacterSet,
  fingerprintedName,
  patchableInPlace,
  renamesIn,
  subsetKey,
  withRenames,
} from '../../src/lib/font-subset.ts';

/** The characters of the given documents, each added to a new set as UTF-8. */
const charactersOf = (...documents: string[]): string => {
  const characters = new CharacterSet();
  documents.forEach((document, index) => characters.add(`page-${index}.html`, Buffer.from(document, 'utf8')));
  return characters.toString();
};

describe('CharacterSet', () => {
  it('collects each character once, the ones entities stand for included', () => {
    expect(charactersOf('<p>Babiš</p>', 'a&#39;b &#x2019; &amp; &nbsp; &#X41;')).toBe(
      [...new Set("<p>Babiš</p>a&#39;b &#x2019; &amp; &nbsp; &#X41;'\u2019&\u00a0A")].sort().join(''),
    );
  });

  it('decodes characters of two, three and four bytes, first seen late in a page or in later pages', () => {
    expect(charactersOf('aaaa', `${'a'.repeat(1000)}b`, 'abé€', 'a𝔸c')).toBe([...'abcé€𝔸'].sort().join(''));
  });

  it('finds an ASCII character first shown by a later page, and control characters as well', () => {
    expect(charactersOf('abc', 'abc', 'ab~c', '\tz')).toBe([...'\tabcz~'].sort().join(''));
  });

  it('leaves out what is not an entity, and an entity cut off at the end of a page', () => {
    expect(charactersOf('&#xZZ; &copy; &#12')).toBe([...new Set('&#xZZ; &copy; &#12')].sort().join(''));
  });

  it('finds the same characters as decoding would, wherever they fall in the groups of four bytes it tests', () => {
    const alphabet = ['a', 'Z', ' ', '<', 'é', 'ß', '’', '€', '«', '𝔸', '😀'];
    let seed = 7;
    const random = (below: number): number => (seed = (seed * 48271) % 0x7fffffff) % below;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + random(40) }, () => alphabet[random(alphabet.length)]).join('');
      const encoded = Buffer.from(text, 'utf8');
      // The page placed 0 to 3 bytes into its memory, as a slice of a larger buffer can be.
      const shift = random(4);
      const memory = new Uint8Array(encoded.length + shift);
      memory.set(encoded, shift);
      const characters = new CharacterSet();
      characters.add('page.html', memory.subarray(shift));
      expect(characters.toString()).toBe([...new Set(text)].sort().join(''));
    }
  });

  it('orders the characters by code unit, as JavaScript sorts strings', () => {
    expect(charactersOf('\uffe0𝔸a')).toBe('a𝔸\uffe0');
  });

  it('refuses a page that is not UTF-8, naming it', () => {
    const characters = new CharacterSet();
    expect(() => characters.add('dist/bad/index.html', new Uint8Array([0x61, 0xe9, 0x62]))).toThrow(
      'font-subset: dist/bad/index.html is not valid UTF-8',
    );
  });
});

describe('subsetKey', () => {
  it('changes with the font, the characters and the format, and only with them', () => {
    const font = new Uint8Array([1, 2, 3]);
    const key = subsetKey(font, 'abc', 'woff2');
    expect(subsetKey(new Uint8Array([1, 2, 3]), 'abc', 'woff2')).toBe(key);
    expect(subsetKey(new Uint8Array([1, 2, 4]), 'abc', 'woff2')).not.toBe(key);
    expect(subsetKey(font, 'abd', 'woff2')).not.toBe(key);
    expect(subsetKey(font, 'abc', 'woff')).not.toBe(key);
  });
});

describe('fingerprintedName', () => {
  it('replaces the content hash and keeps the name and extension', () => {
    const name = fingerprintedName('source-serif-4-latin-400-normal.DJ5YJwmz.woff2', 'abc');
    expect(name).toMatch(/^source-serif-4-latin-400-normal\.[0-9a-f]{8}\.woff2$/);
    expect(fingerprintedName('style.B9PnKK6d.css', 'abc')).toMatch(/^style\.[0-9a-f]{8}\.css$/);
    expect(fingerprintedName('style.B9PnKK6d.css', 'abd')).not.toBe(fingerprintedName('style.B9PnKK6d.css', 'abc'));
  });

  it('refuses a name without an extension', () => {
    expect(() => fingerprintedName('LICENSE', 'x')).toThrow('font-subset: LICENSE has no file extension');
  });
});

describe('assetReferences', () => {
  it('finds every built asset a page or stylesheet names, with the byte offset of each name', () => {
    const text = '<link href="/_astro/style.B9PnKK6d.css">é<link href="/x/_astro/a.DJ5YJ_-z.woff2">url(/_astro/b.1.woff)';
    const bytes = Buffer.from(text, 'utf8');
    const references = assetReferences(bytes, '_astro/');
    expect(references.map((reference) => reference.name)).toEqual(['style.B9PnKK6d.css', 'a.DJ5YJ_-z.woff2', 'b.1.woff']);
    for (const { offset, name } of references) expect(bytes.toString('latin1', offset, offset + name.length)).toBe(name);
  });

  it('reads the configured folder only, and nothing from a folder named without a file', () => {
    expect(assetReferences(Buffer.from('/assets/a.css /_astro/b.css /_astro/"'), 'assets/')).toEqual([{ offset: 8, name: 'a.css' }]);
    expect(assetReferences(Buffer.from('/_astro/"'), '_astro/')).toEqual([]);
  });
});

describe('renamesIn and withRenames', () => {
  const renames = new Map([
    ['a.111.woff2', 'a.222.woff2'],
    ['style.1.css', 'style.22.css'],
  ]);

  it('rewrites every reference to a renamed file, and leaves the others', () => {
    const bytes = Buffer.from('url(/_astro/a.111.woff2),url(/_astro/b.333.woff) é /_astro/a.111.woff2', 'utf8');
    const edits = renamesIn(assetReferences(bytes, '_astro/'), renames);
    expect(edits.map((edit) => edit.to)).toEqual(['a.222.woff2', 'a.222.woff2']);
    expect(patchableInPlace(edits)).toBe(true);
    expect(withRenames(bytes, edits).toString('utf8')).toBe('url(/_astro/a.222.woff2),url(/_astro/b.333.woff) é /_astro/a.222.woff2');
  });

  it('tells when a new name is not as long as the old one, and still rewrites it', () => {
    const bytes = Buffer.from('<link href="/_astro/style.1.css">');
    const edits = renamesIn(assetReferences(bytes, '_astro/'), renames);
    expect(patchableInPlace(edits)).toBe(false);
    expect(withRenames(bytes, edits).toString()).toBe('<link href="/_astro/style.22.css">');
  });

  it('has nothing to do in a file that names no renamed asset', () => {
    const bytes = Buffer.from('<p>nothing here</p> /_astro/other.css');
    expect(renamesIn(assetReferences(bytes, '_astro/'), renames)).toEqual([]);
    expect(withRenames(bytes, []).equals(bytes)).toBe(true);
  });
});
