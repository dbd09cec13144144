/**
 * The real articles: each French article and its English translation tell one story, with the
 * same sources, the same number of key points and the same number of sections.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findComponents, referencesIn } from '../../../src/lib/content/mdx-scan.ts';
import { pairDrift } from '../../../src/lib/content/pairs.ts';
import { readContent } from '../../support/read-content.ts';
import { validateContent } from '../../support/validate-content.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { content } = validateContent(readContent(ROOT).content);

/**
 * Differences an editor wants, by translationKey, each with the reason. Empty: no pair may drift.
 * Example: `overview: ['key points: 5 in French, 4 in English'], // a French-only point on …`
 */
const WANTED_DRIFT: Record<string, readonly string[]> = {};

const pairs = [...Map.groupBy(content.articles, (article) => article.data.translationKey)].map(([key, versions]) => ({
  key,
  fr: versions.find((v) => v.data.lang === 'fr')!,
  en: versions.find((v) => v.data.lang === 'en')!,
}));

/** The sources a body cites, in the order of their first citation. */
const citedSources = (body: string) => [
  ...new Set(referencesIn(findComponents(body)).flatMap((ref) => (ref.target === 'sources' ? [ref.value] : []))),
];

describe('each FR/EN article pair', () => {
  it.each(pairs.map((pair) => [pair.key, pair] as const))('%s: same sources, key points and sections', (key, { fr, en }) => {
    const side = (article: typeof fr) => ({ sources: citedSources(article.body), keyPoints: article.data.keyPoints, body: article.body });
    expect(pairDrift(side(fr), side(en))).toEqual(WANTED_DRIFT[key] ?? []);
  });
});
