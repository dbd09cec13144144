import { describe, expect, it } from 'vitest';
import { fingerprintedName, renameReferences, subsetKey, usedCharacters } from '../../src/lib/font-subset.ts';

describe('usedCharacters', () => {
  it('collects each character once, the ones entities stand for included', () => {
    expect(usedCharacters(['<p>Babiš</p>', 'a&#39;b &#x2019; &amp; &nbsp;'])).toBe(
      [...new Set("<p>Babiš</p>a&#39;b &#x2019; &amp; &nbsp;'\u2019&\u00a0")].sort().join(''),
    );
  });

  it('finds characters first seen late in a page, in later pages, and outside the Basic Multilingual Plane', () => {
    const pages = ['aaaa', `${'a'.repeat(1000)}b`, 'ab€', 'a𝔸c'];
    expect(usedCharacters(pages)).toBe([...'abc€𝔸'].sort().join(''));
  });

  it('reads the documents from any iterable, once each', () => {
    const read: string[] = [];
    function* pages(): Generator<string> {
      for (const page of ['x', 'yx']) {
        read.push(page);
        yield page;
      }
    }
    expect(usedCharacters(pages())).toBe('xy');
    expect(read).toEqual(['x', 'yx']);
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

describe('renameReferences', () => {
  it('rewrites every occurrence of every renamed file', () => {
    const renames = new Map([
      ['a.111.woff2', 'a.222.woff2'],
      ['a.333.woff', 'a.444.woff'],
    ]);
    expect(renameReferences('url(/_astro/a.111.woff2),url(/_astro/a.333.woff) a.111.woff2', renames)).toBe(
      'url(/_astro/a.222.woff2),url(/_astro/a.444.woff) a.222.woff2',
    );
  });

  it('treats names literally and leaves a text without them as it is', () => {
    const renames = new Map([['a.1+1.css', 'a.2.css']]);
    expect(renameReferences('a.1+1.css a.11.css aX1+1.css', renames)).toBe('a.2.css a.11.css aX1+1.css');
    expect(renameReferences('nothing here', renames)).toBe('nothing here');
  });
});
