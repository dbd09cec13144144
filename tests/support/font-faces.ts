/** The web fonts a built page loads (its stylesheets' `@font-face` rules) and what each file can set. */
import { readFileSync } from 'node:fs';
import { create } from 'fontkitten';
import postcss from 'postcss';

/** A range of code points, both ends included. */
export type CodePointRange = readonly [number, number];

/** One `@font-face` rule: its family, weight and style, the URL of its first source, and its unicode-range. */
export interface FontFace {
  family: string;
  face: string;
  url: string;
  ranges: CodePointRange[];
}

/** The ranges of a CSS `unicode-range` (`U+0000-00FF, U+0131, U+4??`); all of Unicode when it is missing. */
export function unicodeRanges(value: string | undefined): CodePointRange[] {
  if (value === undefined) return [[0, 0x10ffff]];
  return value.split(',').map((part) => {
    const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
    return last === undefined
      ? [parseInt(first.replaceAll('?', '0'), 16), parseInt(first.replaceAll('?', 'F'), 16)]
      : [parseInt(first, 16), parseInt(last, 16)];
  });
}

/** True when `codePoint` falls in one of `ranges`. */
export const inRanges = (codePoint: number, ranges: readonly CodePointRange[]): boolean =>
  ranges.some(([first, last]) => codePoint >= first && codePoint <= last);

const unquoted = (value: string): string => value.trim().replace(/^(['"])(.*)\1$/, '$2');

/** The `@font-face` rules of a stylesheet, in the order they are declared. */
export function fontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  postcss.parse(css).walkAtRules('font-face', (rule) => {
    const declarations = new Map<string, string>();
    rule.walkDecls((declaration) => void declarations.set(declaration.prop.toLowerCase(), declaration.value));
    const url = /url\(\s*(['"]?)([^'")]+)\1\s*\)/.exec(declarations.get('src') ?? '')?.[2];
    if (url === undefined) return;
    const face = `${declarations.get('font-weight') ?? '400'} ${declarations.get('font-style') ?? 'normal'}`;
    faces.push({
      family: unquoted(declarations.get('font-family') ?? ''),
      face,
      url,
      ranges: unicodeRanges(declarations.get('unicode-range')),
    });
  });
  return faces;
}

const characterSets = new Map<string, ReadonlySet<number>>();

/** The code points a font file (TTF, WOFF or WOFF2; not a collection) has a glyph for, read from its cmap once per file. */
export function fontCharacters(path: string): ReadonlySet<number> {
  let characters = characterSets.get(path);
  if (!characters) {
    const font = create(readFileSync(path));
    if (font.isCollection) throw new Error(`${path} is a font collection, not a web font`);
    characterSets.set(path, (characters = new Set(font.characterSet)));
  }
  return characters;
}

/**
 * The characters of `text` that a face of `faces` (one family) ought to set but that no file it
 * would load for them has, one line per character and face ("U+0161 š: none of 400 normal (…)").
 * A character counts when it is in `covered` (the scripts the family is made for); a face loads
 * the files of its rules whose unicode-range holds the character.
 * @param fileOf the file on disk of a rule's URL
 */
export function missingCharacters(
  text: string,
  faces: readonly FontFace[],
  covered: readonly CodePointRange[],
  fileOf: (url: string) => string,
): string[] {
  const byFace = Map.groupBy(faces, ({ face }) => face);
  const missing: string[] = [];
  for (const character of new Set(text)) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (/\s/.test(character) || !inRanges(codePoint, covered)) continue;
    for (const [face, rules] of byFace) {
      const candidates = rules.filter(({ ranges }) => inRanges(codePoint, ranges));
      if (!candidates.some(({ url }) => fontCharacters(fileOf(url)).has(codePoint))) {
        missing.push(
          `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${character}: none of ${face} (${candidates.map(({ url }) => url).join(', ') || 'no rule for it'})`,
        );
      }
    }
  }
  return missing;
}
