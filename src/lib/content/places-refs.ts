/**
 * The references of the place fields (countries.yaml › `offer`, `after`; organisations.yaml ›
 * `offer`): each offer cites known sources, and each `after` names a timeline event dated after
 * the summit (the country page lists them under "After the summit").
 */
import type { Problem } from './problem.ts';
import type { ValidContent } from './loaded.ts';

export function placeReferenceProblems(
  content: Pick<ValidContent, 'countries' | 'organisations' | 'sources' | 'summit' | 'timeline'>,
): Problem[] {
  const problems: Problem[] = [];
  const sources = new Set(content.sources.map((source) => source.data.id));
  const events = new Map(content.timeline.map((event) => [event.data.id, event.data]));
  const summitDate = content.summit[0]?.data.date ?? '';
  for (const entry of [...content.countries, ...content.organisations]) {
    entry.data.offer?.sources.forEach((id, index) => {
      if (!sources.has(id))
        problems.push({
          file: entry.file,
          field: `${entry.label}.offer.sources[${index}]`,
          value: id,
          message: 'unknown source id: no such entry',
        });
    });
  }
  for (const country of content.countries) {
    country.data.after.forEach((id, index) => {
      const event = events.get(id);
      const field = `${country.label}.after[${index}]`;
      if (!event) problems.push({ file: country.file, field, value: id, message: 'unknown timeline event id: no such entry' });
      else if (event.date <= summitDate)
        problems.push({
          file: country.file,
          field,
          value: id,
          message: `this event is dated ${event.date}, not after the summit (${summitDate})`,
        });
    });
  }
  return problems;
}
