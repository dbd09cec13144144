import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontFaces, inRanges, missingCharacters, unicodeRanges } from '../support/font-faces.ts';

describe('unicodeRanges', () => {
  it('reads single code points, ranges and wildcards, and all of Unicode when there is none', () => {
    expect(unicodeRanges('U+0000-00FF, U+0131,u+4??')).toEqual([
      [0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
    expect(unicodeRanges(undefined)).toEqual([[0, 0x10ffff]]);
    expect(inRanges(0x161, unicodeRanges('U+0100-02BA'))).toBe(true);
    expect(inRanges(0x161, unicodeRanges('U+0000-00FF'))).toBe(false);
  });
});

describe('fontFaces', () => {
  it('reads each @font-face rule of a minified stylesheet: family, face, first URL, ranges', () => {
    const css = `body{color:red}@font-face{font-family:"Source Serif 4";font-style:italic;font-display:swap;font-weight:400;src:url(/_astro/a.B1.woff2)format("woff2"),url(/_astro/a.woff)format("woff");unicode-range:U+0100-02BA,U+2020}@font-face{font-family:Other;src:url('b.woff2')}`;
    expect(fontFaces(css)).toEqual([
      {
        family: 'Source Serif 4',
        face: '400 italic',
        url: '/_astro/a.B1.woff2',
        ranges: [
          [0x100, 0x2ba],
          [0x2020, 0x2020],
        ],
      },
      { family: 'Other', face: '400 normal', url: 'b.woff2', ranges: [[0, 0x10ffff]] },
    ]);
  });
});

describe('missingCharacters', () => {
  const files: Record<string, string> = {};
  const latin = unicodeRanges('U+0000-00FF');
  const latinExt = unicodeRanges('U+0100-02BA');
  const faces = [
    { family: 'F', face: '400 normal', url: 'latin-ext.woff2', ranges: latinExt },
    { family: 'F', face: '400 normal', url: 'latin.woff2', ranges: latin },
    { family: 'F', face: '700 normal', url: 'latin-700.woff2', ranges: latin },
  ];
  const covered = [...latin, ...latinExt];

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'font-faces-'));
    const original = readFileSync('node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2');
    const originalExt = readFileSync('node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff2');
    for (const [name, font, text] of [
      ['latin.woff2', original, 'Babiéc'],
      ['latin-ext.woff2', originalExt, 'š'],
      ['latin-700.woff2', original, 'Babi'],
    ] as const) {
      files[name] = join(dir, name);
      await writeFile(files[name], await subsetFont(font, text, { targetFormat: 'woff2' }));
    }
  });

  const fileOf = (url: string): string => files[url] ?? '';

  it('passes a text every face has, in the file its range sends each character to', () => {
    expect(missingCharacters('Babi Babiš', faces.slice(0, 2), covered, fileOf)).toEqual([]);
  });

  it('names each character a face lacks, and leaves out spaces and what the family does not cover', () => {
    expect(missingCharacters('Babiš é\u00a0↩', faces, covered, fileOf)).toEqual([
      'U+0161 š: none of 700 normal (no rule for it)',
      'U+00E9 é: none of 700 normal (latin-700.woff2)',
    ]);
  });
});
