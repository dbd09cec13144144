import { describe, expect, it } from 'vitest';
import { fontCharacters, fontFilesNamed, subsetKey, TYPESETTING_CHARACTERS } from '../../src/lib/font-subset.ts';

describe('fontCharacters', () => {
  it('keeps each character of the texts once, with the typesetting ones, in code-unit order', () => {
    const characters = fontCharacters(['Babiš', 'Зеленський\n', 'Babiš']);
    expect([...characters].filter((character) => !TYPESETTING_CHARACTERS.includes(character))).toEqual([...'BabišЗеийклнсь']);
    expect(characters).toBe([...characters].sort().join(''));
  });

  it('always holds the digits, the French spaces, quotes and dashes typesetting adds, and no control character', () => {
    const characters = fontCharacters(['\t\r\n']);
    for (const character of '0123456789\u00a0\u202f«»‘’“”–—…·') expect(characters).toContain(character);
    expect(characters).not.toMatch(/\p{Cc}/u);
  });
});

describe('fontFilesNamed', () => {
  it('finds each @fontsource font file a stylesheet or component names, once, sorted', () => {
    const css = `src: url('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2') format('woff2');
      src: url("@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2");`;
    const astro = `import font from '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?url';`;
    expect(fontFilesNamed([css, astro, "@import '@fontsource/source-serif-4/400.css';"])).toEqual([
      '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
      '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2',
    ]);
  });
});

describe('subsetKey', () => {
  const font = (file: string, bytes: number[]): { file: string; bytes: Uint8Array } => ({ file, bytes: new Uint8Array(bytes) });

  it('changes with the characters, a font file and its name, and only with them', () => {
    const key = subsetKey([font('a.woff2', [1, 2]), font('b.woff2', [3])], 'abc');
    expect(subsetKey([font('a.woff2', [1, 2]), font('b.woff2', [3])], 'abc')).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    for (const other of [
      subsetKey([font('a.woff2', [1, 2]), font('b.woff2', [3])], 'abcd'),
      subsetKey([font('a.woff2', [1, 2]), font('b.woff2', [4])], 'abc'),
      subsetKey([font('a.woff2', [1, 2]), font('c.woff2', [3])], 'abc'),
      subsetKey([font('a.woff2', [1, 2])], 'abc'),
    ]) {
      expect(other).not.toBe(key);
    }
  });
});
