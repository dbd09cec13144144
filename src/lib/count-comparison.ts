/**
 * "Who counted what": the reported counts a comparison table shows, grouped by what they measure,
 * and who reported each one. Shared by `<CountComparison>` and the citation order, so the table
 * and the page's numbered sources list the same counts in the same order.
 */
import { MEASURES, type Lang, type Measure, type ReportedCount, type Source } from './content/schema.ts';
import { publisherName } from './sources.ts';

/** True when `name` is one of the measures a count can have. */
export function isMeasure(name: string): name is Measure {
  return (MEASURES as readonly string[]).includes(name);
}

export interface CountGroup {
  measure: Measure;
  counts: ReportedCount[];
}

/**
 * The counts of each measure named, measure by measure in the order named, each measure's counts
 * in the data's order; a measure with no count, or a name that is no measure (the content check
 * reports it, with the file and line), is left out.
 */
export function comparedCounts(counts: readonly ReportedCount[], measures: readonly string[]): CountGroup[] {
  return measures.filter(isMeasure).flatMap((measure) => {
    const ofMeasure = counts.filter((count) => count.measure === measure);
    return ofMeasure.length === 0 ? [] : [{ measure, counts: ofMeasure }];
  });
}

/** Who reported a count, as its source list names them: the original outlet, then the site that relays it. */
export function reporters(count: ReportedCount, sources: ReadonlyMap<string, Source>, lang: Lang, via: string): string[] {
  return count.sources.flatMap((id) => {
    const source = sources.get(id);
    if (!source) return [];
    const publisher = publisherName(source, lang);
    return [source.relays ? `${source.relays} (${via} ${publisher})` : publisher];
  });
}

/** A figure's share of the largest figure shown, in per cent (0–100), for the table's bars. */
export function barShare(figure: number, largest: number): number {
  return largest <= 0 ? 0 : Math.round((figure / largest) * 1000) / 10;
}

/**
 * Who reported a figure: the counts of `measure` that give exactly `figure`, each named once by its
 * first source (the outlet it relays, else its publisher), in the data's order.
 */
export function figureReporters(
  counts: readonly ReportedCount[],
  measure: Measure,
  figure: number,
  sources: ReadonlyMap<string, Source>,
  lang: Lang,
): string[] {
  const names = counts
    .filter((count) => count.measure === measure && count.figure === figure)
    .flatMap((count) => {
      const source = sources.get(count.sources[0] ?? '');
      return source ? [source.relays ?? publisherName(source, lang)] : [];
    });
  return [...new Set(names)];
}
