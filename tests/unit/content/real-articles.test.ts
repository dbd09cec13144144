/**
 * Editorial rules over the real articles in content/: no hand-typed counts, no passage copied
 * from the seed article, key points, a citation in every paragraph that states facts, and one
 * spelling of Kyiv in the articles and the data files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copiedPassages, articleProse } from '../../support/content-lint/originality.ts';
import { wordCount } from '../../../src/lib/content/paragraphs.ts';
import { proseParagraphs } from '../../support/content-lint/paragraphs.ts';
import { bareFigures } from '../../support/content-lint/prose-numbers.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { spellingProblems } from '../../../src/lib/content/spelling.ts';
import { contentFromEntries } from '../../../src/lib/content/loaded.ts';
import { loadContentFiles } from '../../support/loaded-content.ts';
import { TALLIES, tally } from '../../../src/lib/tallies.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const content = contentFromEntries(loadContentFiles(ROOT).collections, (file) => readFileSync(`${ROOT}${file}`, 'utf8'));
const counts = content.summit.flatMap((summit) => summit.data.counts);
const countries = content.countries.map((country) => country.data);
const FIGURES = new Set([...counts.map((count) => count.figure), ...TALLIES.map((kind) => tally(kind, countries, counts))]);
const SEED = new Set<string>(JSON.parse(readFileSync(new URL('../../fixtures/seed-shingles.json', import.meta.url), 'utf8')).hashes);
/** A paragraph of at least this many words states something and must cite a source. */
const FACT_PARAGRAPH_WORDS = 12;

describe('the real articles', () => {
  it('exist in both languages', () => {
    expect(content.articles.filter((a) => a.data.lang === 'fr').length).toBeGreaterThan(0);
    expect(content.articles.filter((a) => a.data.lang === 'en').length).toBe(content.articles.filter((a) => a.data.lang === 'fr').length);
  });

  it('spell Kyiv one way in both languages, in bodies, frontmatter and data files (quotations excepted)', () => {
    expect(spellingProblems(content).map(formatProblem)).toEqual([]);
  });

  describe.each(content.articles.map((article) => [article.file, article] as const))('%s', (_file, article) => {
    const texts = [article.data.title, article.data.description, ...article.data.keyPoints];

    it('types no count by hand (counts come from <Count>, <CountComparison> or <Tally>)', () => {
      expect(bareFigures(articleProse(article.body, texts), FIGURES)).toEqual([]);
    });

    it('shares no eight consecutive words with the seed article (quotes excepted)', () => {
      expect(copiedPassages(articleProse(article.body, texts), SEED)).toEqual([]);
    });

    it('cites a source in every paragraph that states facts', () => {
      const uncited = proseParagraphs(article.body)
        .filter(
          (p) =>
            wordCount(p.text) >= FACT_PARAGRAPH_WORDS &&
            !/<(Cite|PullQuote|CountComparison|PersonCard|CountryList|Timeline)\b/.test(p.text),
        )
        .map((p) => `body line ${article.bodyLine + p.line - 1}: ${p.text.slice(0, 80)}…`);
      expect(uncited).toEqual([]);
    });
  });
});
