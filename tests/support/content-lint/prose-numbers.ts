/**
 * Finds figures typed by hand in article prose. Counts (35 states, 27 leaders…) must come from
 * the data through `<Count>`, `<CountComparison>` or `<Tally>`, so a bare "27" or "vingt-sept" in the
 * prose is a figure that can drift from the collections.
 */

const MONTHS =
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|January|February|March|April|May|June|July|August|September|October|November|December';

const FR_UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const EN_UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const FR_TENS: Record<number, string> = { 2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante' };
const EN_TENS: Record<number, string> = { 2: 'twenty', 3: 'thirty', 4: 'forty', 5: 'fifty', 6: 'sixty' };

/** The spelled-out forms of a number from 20 to 69 in French and English ("vingt-sept", "twenty-seven"). */
export function spelledOut(n: number): string[] {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (n < 20 || n > 69) return [];
  const fr = units === 0 ? FR_TENS[tens] : units === 1 ? `${FR_TENS[tens]} et un` : `${FR_TENS[tens]}-${FR_UNITS[units]}`;
  const en = units === 0 ? EN_TENS[tens] : `${EN_TENS[tens]}-${EN_UNITS[units]}`;
  return [fr ?? '', en ?? ''];
}

/**
 * Prose with component tags, ordered-list numbers (`2. **Title.**`), dates, times, years and large
 * or decimal numbers taken out: what is left can hold bare figures.
 */
function withoutDatesAndTags(prose: string): string {
  return prose
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^[ \t]*\d+[.)](?=[ \t])/gm, ' ')
    .replace(new RegExp(`\\b\\d{1,2}(?:er)?\\s+(?:${MONTHS})\\b`, 'giu'), ' ')
    .replace(new RegExp(`\\b(?:${MONTHS})\\s+\\d{1,2}\\b`, 'giu'), ' ')
    .replace(/\b\d{1,2}[:h]\d{2}\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\b\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+\b/g, ' ')
    .replace(/\b\d+[.,]\d+\b/g, ' ');
}

/**
 * The figures of `figures` that `prose` types by hand, as digits or spelled out, each with a
 * little context, so an editor can find them.
 */
export function bareFigures(prose: string, figures: ReadonlySet<number>): string[] {
  const text = withoutDatesAndTags(prose);
  const found: string[] = [];
  const context = (index: number, length: number) =>
    text
      .slice(Math.max(0, index - 30), index + length + 30)
      .replace(/\s+/g, ' ')
      .trim();
  for (const match of text.matchAll(/\b\d+\b/g)) {
    if (figures.has(Number(match[0]))) found.push(`"${match[0]}" in …${context(match.index, match[0].length)}…`);
  }
  for (const figure of figures) {
    for (const word of spelledOut(figure)) {
      const pattern = new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'giu');
      for (const match of text.matchAll(pattern)) found.push(`"${match[0]}" in …${context(match.index, match[0].length)}…`);
    }
  }
  return found;
}
