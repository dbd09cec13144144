/**
 * Originality check: articles must not reuse eight consecutive words of the seed article.
 * The repository keeps only hashes of the seed's normalised 8-word sequences, never its text.
 */
import { createHash } from 'node:crypto';

/** How many consecutive words make a copied passage. */
export const SHINGLE_SIZE = 8;

/** Lower-case words without accents, apostrophes split (l’Élysée -> l, elysee). */
export function normalisedWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A short, stable hash of one word sequence. */
export function hashShingle(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/** Every run of `size` consecutive words of a word list. */
export function shingles(words: readonly string[], size = SHINGLE_SIZE): string[][] {
  const runs: string[][] = [];
  for (let i = 0; i + size <= words.length; i++) runs.push(words.slice(i, i + size));
  return runs;
}

/**
 * The prose of an MDX article that originality applies to: frontmatter title, standfirst and
 * key points, and the body without component tags, Markdown syntax and quotations (a quote of a
 * named speaker may repeat their words).
 */
export function articleProse(body: string, frontmatterTexts: readonly string[] = []): string {
  const text = [...frontmatterTexts, body].join('\n');
  return text
    .replace(/<PullQuote\b[\s\S]*?<\/PullQuote>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"\n]*"/g, ' ');
}

/** The 8-word passages of `prose` whose hash is among `seedHashes`. */
export function copiedPassages(prose: string, seedHashes: ReadonlySet<string>): string[] {
  return shingles(normalisedWords(prose))
    .filter((words) => seedHashes.has(hashShingle(words)))
    .map((words) => words.join(' '));
}
