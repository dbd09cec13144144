/**
 * The numbered citations of a built page: each source's citations must be counted 1, 2, 3… in
 * the order a reader meets them, so the source list's back link (`#cite-<id>-1`) returns to the
 * first one in the text; the sources' numbers must first appear as [1], [2], [3]… in reading
 * order; and the source list must hold number n at its n-th place.
 */
import type { CheerioAPI } from 'cheerio';

const CITATION_ID = /^cite-(.+)-(\d+)$/;

/** What is out of order among a page's citations and its source list (none when all is in reading order). */
export function citationAnchorProblems($: CheerioAPI): string[] {
  return [...occurrenceProblems($), ...numberProblems($)];
}

/** Sources whose numbers do not first appear in ascending order, or sit elsewhere in the source list. */
function numberProblems($: CheerioAPI): string[] {
  const numbers = new Map<string, number>();
  for (const link of $('.cite a').toArray()) {
    const source = ($(link).attr('href') ?? '').replace(/^#source-/, '');
    if (!numbers.has(source)) numbers.set(source, Number($(link).text().replace(/\D/g, '')));
  }
  const problems = [...numbers].flatMap(([source, number], index) =>
    number === index + 1 ? [] : [`source ${source} first appears as [${number}], expected [${index + 1}] in reading order`],
  );
  const listed = $('.sources li')
    .toArray()
    .map((item) => ($(item).attr('id') ?? '').replace(/^source-/, ''));
  const numbered = [...numbers.keys()];
  if (listed.length > 0 && listed.join(' ') !== numbered.join(' '))
    problems.push(`the source list reads ${listed.join(', ')}, the text numbers ${numbered.join(', ')}`);
  return problems;
}

/** Sources whose citations are not counted 1, 2, 3… in document order. */
function occurrenceProblems($: CheerioAPI): string[] {
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
