/**
 * The numbered citations of a built page: each source's citations must be numbered 1, 2, 3… in
 * the order a reader meets them, so the source list's back link (`#cite-<id>-1`) returns to the
 * first one in the text.
 */
import type { CheerioAPI } from 'cheerio';

const CITATION_ID = /^cite-(.+)-(\d+)$/;

/** What is out of order among a page's citation anchors (none when every source counts up from 1). */
export function citationAnchorProblems($: CheerioAPI): string[] {
  const seen = new Map<string, number[]>();
  for (const element of $('[id^="cite-"]').toArray()) {
    const [, source = '', occurrence = ''] = CITATION_ID.exec($(element).attr('id') ?? '') ?? [];
    if (!source) continue;
    const occurrences = seen.get(source) ?? [];
    occurrences.push(Number(occurrence));
    seen.set(source, occurrences);
  }
  return [...seen].flatMap(([source, occurrences]) =>
    occurrences.every((occurrence, index) => occurrence === index + 1)
      ? []
      : [`citations of ${source} are numbered ${occurrences.join(', ')} in document order, expected 1 to ${occurrences.length}`],
  );
}
