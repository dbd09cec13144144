/**
 * One story in two languages: what differs between an article and its translation in what the
 * reader is shown as evidence and structure (the sources cited, the number of key points and the
 * figures they give, the number of sections). Wording may differ; these may not, unless an exception says why.
 */

import { countTokens } from '../key-point-figures.ts';

/** The parts of an article that its translation must match. */
export interface PairSide {
  sources: readonly string[];
  keyPoints: readonly string[];
  body: string;
}

/** A difference between the two versions of an article, in words an editor can act on. */
export type PairDrift = string;

/** The `##` sections of an MDX body (headings inside fenced code excepted). */
export function sectionCount(body: string): number {
  let fenced = false;
  let sections = 0;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^## /.test(line)) sections += 1;
  }
  return sections;
}

/** The differences between the French and English versions of one article; empty when they match. */
export function pairDrift(fr: PairSide, en: PairSide): PairDrift[] {
  const drift: PairDrift[] = [];
  const onlyIn = (a: readonly string[], b: readonly string[]) => a.filter((id) => !b.includes(id));
  const frOnly = onlyIn(fr.sources, en.sources);
  const enOnly = onlyIn(en.sources, fr.sources);
  if (frOnly.length > 0) drift.push(`sources cited only in French: ${frOnly.join(', ')}`);
  if (enOnly.length > 0) drift.push(`sources cited only in English: ${enOnly.join(', ')}`);
  if (fr.keyPoints.length !== en.keyPoints.length)
    drift.push(`key points: ${fr.keyPoints.length} in French, ${en.keyPoints.length} in English`);
  const [frFigures, enFigures] = [fr.keyPoints, en.keyPoints].map((points) => points.flatMap(countTokens).sort().join(', '));
  if (frFigures !== enFigures) drift.push(`figures in the key points: ${frFigures || 'none'} in French, ${enFigures || 'none'} in English`);
  const [frSections, enSections] = [sectionCount(fr.body), sectionCount(en.body)];
  if (frSections !== enSections) drift.push(`sections (##): ${frSections} in French, ${enSections} in English`);
  return drift;
}
