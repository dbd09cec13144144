/**
 * The site's typography, applied when the site is built: to the text of every MDX body
 * (src/lib/markdown/typography.ts), to every reader-facing string of the data collections
 * (src/content.config.ts) and to the interface strings (src/i18n/index.ts); never by hand and
 * never to built pages.
 *
 * Done by typograf (https://github.com/typograf/typograf) with every rule off but these, so that
 * nothing else in a text changes (no wording, no number, no dash, no space but those below):
 *
 * - `common/punctuation/apostrophe` (typograf): l'Ukraine → l’Ukraine, Britain's → Britain’s;
 * - `common/punctuation/quote` (typograf): "…" → « … » in French, with a narrow no-break space
 *   (U+202F) inside, as typograf's French rule sets it; "…" → “…” in English, ‘…’ within;
 * - `common/punctuation/apostropheAfterLetter` (ours): an apostrophe that ends a word (d'« axe »,
 *   the Netherlands' prime minister) → ’, which typograf only does between two letters;
 * - `fr/nbsp/highPunctuation` (ours, French only): a narrow no-break space (U+202F, the same as
 *   inside the guillemets) before ; : ! ?, which typograf has no rule for;
 * - `fr/nbsp/numbers` (ours, French only): the space typed between groups of three digits
 *   (800 000) and before % (100 %) becomes a narrow no-break space, so a number never breaks
 *   across two lines.
 *
 * URLs are left alone (typograf hides them while its rules run). The result is idempotent: a
 * typeset text typeset again is unchanged, so a string that went through twice does no harm.
 */
import Typograf from 'typograf';
import type { Lang } from './content/schema.ts';

/** The narrow no-break space: inside « » and before ; : ! ? in French. */
export const NARROW_NBSP = '\u202f';

/** The rules the site turns on, by language (every other typograf rule stays off). */
export const TYPOGRAPHY_RULES: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    'common/punctuation/apostrophe',
    'common/punctuation/apostropheAfterLetter',
    'common/punctuation/quote',
    'fr/nbsp/highPunctuation',
    'fr/nbsp/numbers',
  ],
  en: ['common/punctuation/apostrophe', 'common/punctuation/apostropheAfterLetter', 'common/punctuation/quote'],
};

Typograf.addRule({
  name: 'common/punctuation/apostropheAfterLetter',
  handler: (text) => text.replace(/(\p{L}\p{M}*)'(?!\p{L})/gu, '$1’'),
});

Typograf.addRule({
  name: 'fr/nbsp/highPunctuation',
  // After typograf's quotes (index 410), which read a plain space after a closing quote.
  index: 1000,
  handler: (text) =>
    text
      // A space already there (plain or no-break, even at the start of a line: a text node
      // after a footnote mark) becomes a narrow no-break space…
      .replace(/(^|\S)[ \u00a0\u202f]+(?=[;:!?])/gmu, `$1${NARROW_NBSP}`)
      // …and one is added after a word or a closing mark that the sign follows directly, when the
      // sign ends the phrase ("Paris: oui", "quoi?"), not inside a time or a ratio ("10:30", "2:1").
      .replace(/([\p{L}\p{M}»)\]])([;:!?]+)(?=[\s»)\]]|$)/gu, `$1${NARROW_NBSP}$2`),
});

Typograf.addRule({
  name: 'fr/nbsp/numbers',
  handler: (text) => text.replace(/(\d)[ \u00a0](?=\d{3}(?!\d))/gu, `$1${NARROW_NBSP}`).replace(/(\d)[ \u00a0]%/gu, `$1${NARROW_NBSP}%`),
});

const typografs: Record<Lang, Typograf> = {
  fr: new Typograf({ locale: ['fr'], disableRule: '*', enableRule: [...TYPOGRAPHY_RULES.fr] }),
  en: new Typograf({ locale: ['en-US'], disableRule: '*', enableRule: [...TYPOGRAPHY_RULES.en] }),
};

/** `text` with the typography of `lang` (see the rules above). */
export function typeset(text: string, lang: Lang): string {
  return typografs[lang].execute(text);
}

/**
 * `value` with every string typeset in `lang`, at any depth (objects, arrays); a function
 * returns its result typeset. For a dictionary of interface strings, all in one language.
 */
export function typesetStrings<T>(value: T, lang: Lang): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => typesetStrings(fn(...args), lang)) as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => typesetStrings(item, lang)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetStrings(item, lang)])) as T;
}

/** The quotation marks `typeset` puts around a quote in `lang`: « and » with their spaces, or “ and ”. */
export function quotationMarks(lang: Lang): { open: string; close: string } {
  const [open = '', close = ''] = typeset('"x"', lang).split('x');
  return { open, close };
}
