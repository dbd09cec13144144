/**
 * One spelling per name across the site: "Kyiv", in French as in English, never "Kiev" or
 * "Kiew", except inside a quotation (« … », “ … ”, " … "), where a speaker's or a headline's
 * spelling stays as it was written. URLs are not text and are not read.
 *
 * Read in the files as written: the MDX body line by line, and every string value of the YAML
 * data files and of the articles' frontmatter, each reported with the line it starts on.
 */
import { LineCounter, parseDocument, visit } from 'yaml';
import type { Problem } from './problem.ts';
import type { RawContent } from './read.ts';

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

/**
 * The wrong spellings in the string values of a YAML text (a data file or a frontmatter block).
 * @param firstLine the file line the YAML text starts on (1-based)
 */
export function yamlSpellingProblems(file: string, yaml: string, firstLine = 1): Problem[] {
  if (!hasWrongSpelling(yaml)) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  const problems: Problem[] = [];
  visit(document, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const start = lineCounter.linePos(node.range[0]).line + firstLine - 1;
      for (const found of wrongSpellings(node.value)) problems.push(problem(file, `line ${start}`, found));
    },
  });
  return problems;
}

/**
 * The wrong spellings in the text of an MDX body (component attributes are in quotes, so not read).
 * @param firstLine the file line the body starts on (1-based)
 */
export function bodySpellingProblems(file: string, body: string, firstLine: number): Problem[] {
  return wrongSpellings(body).map((found) => problem(file, `body line ${firstLine + found.line}`, found));
}

/** Every wrong spelling of the content: in the data files, the articles' frontmatter and their bodies. */
export function spellingProblems(content: RawContent): Problem[] {
  return [
    ...Object.values(content.data).flatMap((data) => yamlSpellingProblems(data.file, data.text)),
    ...content.articles.flatMap((article) => [
      ...yamlSpellingProblems(article.file, article.frontmatterText, 2),
      ...bodySpellingProblems(article.file, article.body, article.bodyLine),
    ]),
  ];
}
