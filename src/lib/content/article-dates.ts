/**
 * The dates of an article's frontmatter must tell one possible story: published, then facts
 * established and corrections made, then updated, none of it later than the day of the build.
 */
import type { Problem } from './problem.ts';
import type { ArticleData } from './schema.ts';

/** The part of an article this check reads. */
export interface DatedArticle {
  file: string;
  data: Pick<ArticleData, 'published' | 'updated' | 'factsAsOf' | 'corrections'>;
}

/** Today's date (YYYY-MM-DD) on the newsroom's calendar, Paris time. */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(now);
}

/**
 * The contradictory or impossible dates of each article: `updated` before `published`, a
 * correction outside `published`…`updated`, `factsAsOf` after the article's last date, any date
 * after `today`. Dates are full `YYYY-MM-DD` strings, so they compare as text.
 * @param today the build's date, YYYY-MM-DD
 */
export function articleDateProblems(articles: readonly DatedArticle[], today: string): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of articles) {
    const { published, updated, factsAsOf } = data;
    const report = (field: string, value: string, message: string) =>
      problems.push({ file, field: `frontmatter.${field}`, value, message });
    const dated: [field: string, date: string][] = [
      ['published', published],
      ...(updated === undefined ? [] : [['updated', updated] as [string, string]]),
      ['factsAsOf', factsAsOf],
      ...data.corrections.map((correction, index): [string, string] => [`corrections[${index}].date`, correction.date]),
    ];
    for (const [field, date] of dated) {
      if (date > today) report(field, date, `${field} ${date} is after today, ${today}: a date cannot be in the future`);
    }
    if (updated !== undefined && updated < published) report('updated', updated, `updated ${updated} is before published ${published}`);
    data.corrections.forEach(({ date }, index) => {
      const field = `corrections[${index}].date`;
      if (date < published) report(field, date, `correction ${date} is before published ${published}`);
      else if (updated !== undefined && date > updated)
        report(field, date, `correction ${date} is after updated ${updated}: a correction updates the article`);
    });
    const [lastField, lastDate] = updated === undefined ? ['published', published] : ['updated', updated];
    if (factsAsOf > lastDate)
      report(
        'factsAsOf',
        factsAsOf,
        `factsAsOf ${factsAsOf} is after ${lastField} ${lastDate}: the facts cannot be newer than the article`,
      );
  }
  return problems;
}
