/**
 * The references of the place fields (countries.yaml › `offer`, `lead`, `after`, `articles`;
 * organisations.yaml › `offer`): each offer and each sentence of a lead cites known sources, each
 * `after` names a timeline event dated after the summit (the country page lists them under "After
 * the summit"), and each of `articles` is a live article in every language (the page links it).
 */
import type { Problem } from './problem.ts';
import type { ValidContent } from './loaded.ts';
import { LANGS } from './schema.ts';

export function placeReferenceProblems(
  content: Pick<ValidContent, 'countries' | 'organisations' | 'sources' | 'summit' | 'timeline' | 'articles'>,
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
  const live = Map.groupBy(
    content.articles.filter((article) => !article.data.draft),
    (article) => article.data.translationKey,
  );
  for (const country of content.countries) {
    country.data.lead.forEach((sentence, index) =>
      sentence.sources.forEach((id, at) => {
        if (!sources.has(id))
          problems.push({
            file: country.file,
            field: `${country.label}.lead[${index}].sources[${at}]`,
            value: id,
            message: 'unknown source id: no such entry',
          });
      }),
    );
    country.data.articles.forEach((key, index) => {
      const versions = live.get(key) ?? [];
      if (!LANGS.every((lang) => versions.some((article) => article.data.lang === lang)))
        problems.push({
          file: country.file,
          field: `${country.label}.articles[${index}]`,
          value: key,
          message: 'no live article with this translationKey in every language',
        });
    });
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
