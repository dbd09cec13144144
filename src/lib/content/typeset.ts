/**
 * The reader-facing text of the data collections, typeset (`typeset`, src/lib/typography.ts)
 * once, as Astro's content layer loads it (src/content.config.ts): every page, feed, card and
 * structured-data block then reads typeset text, and none typesets it again.
 *
 * The content check reads the files as written (src/lib/content/check.ts), so its messages quote
 * the text an editor will find in them. Ids, URLs, dates and names of people are not typeset.
 */
import { typeset } from '../typography.ts';
import { LANGS, type ArticleData, type Source } from './schema.ts';

const isBilingual = (value: object): value is { fr: string; en: string } =>
  Object.keys(value).length === LANGS.length && LANGS.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string');

/**
 * `value` with every text written in both languages (an object `{ fr, en }` of strings: a role, a
 * statement, a note, a place…) typeset in its language, at any depth; everything else as it is.
 */
export function typesetBilingual<T>(value: T): T {
  if (Array.isArray(value)) return value.map(typesetBilingual) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isBilingual(value)) return { fr: typeset(value.fr, 'fr'), en: typeset(value.en, 'en') } as T;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, typesetBilingual(field)])) as T;
}

/** An article's frontmatter with its titles, standfirst, key points and corrections typeset in its language. */
export function typesetArticle(data: ArticleData): ArticleData {
  const text = (value: string) => typeset(value, data.lang);
  return {
    ...data,
    title: text(data.title),
    ...(data.shortTitle === undefined ? {} : { shortTitle: text(data.shortTitle) }),
    ...(data.cardTitle === undefined ? {} : { cardTitle: text(data.cardTitle) }),
    description: text(data.description),
    keyPoints: data.keyPoints.map(text),
    corrections: data.corrections.map((correction) => ({ ...correction, note: text(correction.note) })),
  };
}

/**
 * A source with its publisher typeset: a name of its own in the source's language, when that is
 * one of the site's; a name given in French and in English (whatever the source's language) in
 * each of them. Its headline is shown exactly as the publisher wrote it (and as the facts file
 * records it).
 */
export function typesetSource(source: Source): Source {
  if (typeof source.publisher !== 'string') return { ...source, publisher: typesetBilingual(source.publisher) };
  const lang = LANGS.find((known) => known === source.language);
  return lang ? { ...source, publisher: typeset(source.publisher, lang) } : source;
}
