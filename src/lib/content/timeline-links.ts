/**
 * The links of a timeline entry hold: each person it links (`people:`) is named in full in its
 * text in every language, and each person named in full there is linked; each article it links
 * (`articles:`, by translation key) is a live article in every language that lists among its
 * sources at least one of the entry's, so the link leads to a telling of the same event.
 */
import type { Located } from './loaded.ts';
import { findComponents, referencesIn } from './mdx-scan.ts';
import type { Problem } from './problem.ts';
import { LANGS, type Person, type TimelineEvent } from './schema.ts';

/** The part of an article this check reads. */
export interface LinkableArticle {
  file: string;
  data: { lang: string; translationKey: string; draft: boolean };
  body: string;
}

/** The sources an article's body cites with `<Cite>`. */
const citedIn = (article: LinkableArticle): Set<string> =>
  new Set(
    referencesIn(findComponents(article.body))
      .filter((reference) => reference.target === 'sources')
      .map((reference) => reference.value),
  );

/** The people, the articles and the timeline the check reads. */
export interface TimelineLinkContent {
  people: readonly Pick<Located<Person>, 'data'>[];
  timeline: readonly Located<TimelineEvent>[];
  articles: readonly LinkableArticle[];
}

/** Every broken or missing link of a timeline entry. */
export function timelineLinkProblems(content: TimelineLinkContent): Problem[] {
  const names = new Map(content.people.map((person) => [person.data.id, person.data.name]));
  const live = Map.groupBy(
    content.articles.filter((article) => !article.data.draft),
    (article) => article.data.translationKey,
  );
  return content.timeline.flatMap((event) => {
    const problem = (field: string, value: string, message: string): Problem => ({
      file: event.file,
      field: `${event.label}.${field}`,
      value,
      message,
    });
    const texts = LANGS.map((lang) => event.data.text[lang]);
    const linked = new Set(event.data.people);
    const people = event.data.people.flatMap((id, index) => {
      const name = names.get(id);
      if (name === undefined) return [problem(`people[${index}]`, id, 'unknown person id: no such entry')];
      return texts.every((text) => text.includes(name))
        ? []
        : [problem(`people[${index}]`, id, `the entry's text does not name ${name} in every language: link only the people it names`)];
    });
    const missing = [...names]
      .filter(([id, name]) => !linked.has(id) && texts.some((text) => text.includes(name)))
      .map(([id, name]) => problem('people', id, `the entry's text names ${name}: add "${id}" to its people`));
    const articles = event.data.articles.flatMap((key, index) => {
      const versions = live.get(key) ?? [];
      if (versions.length < LANGS.length)
        return [problem(`articles[${index}]`, key, 'no live article with this translationKey in every language')];
      return versions
        .filter((article) => !event.data.sources.some((id) => citedIn(article).has(id)))
        .map((article) =>
          problem(`articles[${index}]`, key, `${article.file} cites none of the entry's sources: link an article that tells of the event`),
        );
    });
    return [...people, ...missing, ...articles];
  });
}
