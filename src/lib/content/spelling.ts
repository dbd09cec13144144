/**
 * One spelling per name across the site: "Kyiv", in French as in English, never "Kiev" or
 * "Kiew", except inside a quotation (« … », “ … ”, " … "), where a speaker's or a headline's
 * spelling stays as it was written. URLs are not text and are not read.
 *
 * Read in the content as Astro loaded it: the MDX body line by line, and every string value of
 * the data entries and of the articles' frontmatter, each reported with its field.
 */
import type { Problem } from './problem.ts';
import type { ValidContent } from './loaded.ts';

/** A spelling the site does not use, and the one it uses instead. */
export interface Spelling {
  /** Global, so that every occurrence is found. */
  wrong: RegExp;
  right: string;
}

export const SPELLINGS: readonly Spelling[] = [{ wrong: /\b(?:Kiev|Kiew|KIEV|KIEW)\b/g, right: 'Kyiv' }];

/** What is not read: quotations and URLs. */
const UNREAD = [/«[^»]*»/g, /“[^”]*”/g, /"[^"\n]*"/g, /\bhttps?:\/\/\S+/g];

/** `text` with its quotations and URLs blanked out, every other character (newlines included) in place. */
function readText(text: string): string {
  return UNREAD.reduce((rest, pattern) => rest.replace(pattern, (span) => span.replace(/[^\n]/g, ' ')), text);
}

interface Found {
  spelling: Spelling;
  /** The word as written. */
  word: string;
  /** The wrong word with a few words around it, to find it in the file. */
  context: string;
  /** 0-based line within the text. */
  line: number;
}

function wrongSpellings(text: string): Found[] {
  const read = readText(text);
  const found: Found[] = [];
  for (const spelling of SPELLINGS) {
    for (const match of read.matchAll(spelling.wrong)) {
      // A few whole words on each side, on the word's line.
      const lineStart = text.lastIndexOf('\n', match.index) + 1;
      const lineEnd = text.indexOf('\n', match.index) === -1 ? text.length : text.indexOf('\n', match.index);
      const start = Math.max(lineStart, match.index - 30);
      const end = Math.min(lineEnd, match.index + match[0].length + 30);
      const context = text
        .slice(start, end)
        .replace(start > lineStart ? /^\S*\s/ : /^/, '')
        .replace(end < lineEnd ? /\s\S*$/ : /$/, '')
        .trim();
      found.push({ spelling, word: match[0], context, line: text.slice(0, match.index).split('\n').length - 1 });
    }
  }
  return found;
}

const hasWrongSpelling = (text: string) => SPELLINGS.some(({ wrong }) => new RegExp(wrong.source).test(text));

function problem(file: string, field: string, { spelling, word, context }: Found): Problem {
  return {
    file,
    field,
    value: context,
    message: `write "${spelling.right}", the site's spelling in both languages ("${word}" only inside a quotation)`,
  };
}

/** Every string of `value` at any depth, with its path written like `.role.fr` or `.keyPoints[1]`. */
function stringsIn(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`));
  return [];
}

/**
 * The wrong spellings in the string values of a loaded entry (a data entry or an article's
 * frontmatter), each named by its field: `people[macron].role.fr`.
 */
export function dataSpellingProblems(file: string, label: string, data: unknown): Problem[] {
  return stringsIn(data).flatMap(([path, text]) => wrongSpellings(text).map((found) => problem(file, `${label}${path}`, found)));
}

/**
 * The wrong spellings in the text of an MDX body (component attributes are in quotes, so not read).
 * @param firstLine the file line the body starts on (1-based)
 */
export function bodySpellingProblems(file: string, body: string, firstLine: number): Problem[] {
  return wrongSpellings(body).map((found) => problem(file, `body line ${firstLine + found.line}`, found));
}

/** Every wrong spelling of the content: in the data entries, the articles' frontmatter and their bodies. */
export function spellingProblems(content: ValidContent): Problem[] {
  const { articles, ...data } = content;
  return [
    ...Object.values(data)
      .flat()
      .flatMap((entry) => dataSpellingProblems(entry.file, entry.label, entry.data)),
    ...articles.flatMap((article) => [
      ...dataSpellingProblems(article.file, article.label, article.data),
      // The body's line in its file is looked up only when there is something to report.
      ...(hasWrongSpelling(article.body) ? bodySpellingProblems(article.file, article.body, article.bodyLine) : []),
    ]),
  ];
}
