/**
 * Cross-entry checks that zod schemas cannot express: every reference points at an entry that
 * exists, ids are valid, articles come in both languages and use the components as
 * they are meant to be used.
 */
import { countTokens, hasStrayBrace } from '../key-point-figures.ts';
import { isAnadoluText } from '../presence-evidence.ts';
import {
  COMPONENT_CHOICES,
  COMPONENT_LIST_CHOICES,
  findComponents,
  listValues,
  findImagesWithoutAlt,
  findPullQuotes,
  referencesIn,
  type ReferenceTarget,
} from './mdx-scan.ts';
import type { Problem } from './problem.ts';
import { LANGS, type Person, type Source } from './schema.ts';
import type { Located, ValidArticle, ValidContent } from './loaded.ts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True when `code` is an ISO 3166-1 alpha-2 region that `Intl` knows (so it can be named). */
function isKnownRegionCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && regionNames.of(code) !== undefined;
}

type IdSets = Record<ReferenceTarget | 'organisations', Set<string>>;

function idSets(content: ValidContent): IdSets {
  return {
    sources: new Set(content.sources.map((s) => s.data.id)),
    people: new Set(content.people.map((p) => p.data.id)),
    countries: new Set(content.countries.map((c) => c.data.id)),
    organisations: new Set(content.organisations.map((o) => o.data.id)),
    counts: new Set(content.summit.flatMap((s) => s.data.counts.map((c) => c.id))),
  };
}

/** Reports `id` when it is not in `known`. */
function checkRef(entry: Located<unknown>, field: string, id: string, known: Set<string>, kind: string, problems: Problem[]): void {
  if (!known.has(id))
    problems.push({ file: entry.file, field: `${entry.label}${field}`, value: id, message: `unknown ${kind} id: no such entry` });
}

/** Reports each id of the list `ids` that is not in `known`. */
function checkRefs(
  entry: Located<unknown>,
  field: string,
  ids: readonly string[],
  known: Set<string>,
  kind: string,
  problems: Problem[],
): void {
  ids.forEach((id, index) => checkRef(entry, `${field}[${index}]`, id, known, kind, problems));
}

function checkNotes(entry: Located<{ notes: { sources: string[] }[] }>, known: IdSets, problems: Problem[]): void {
  entry.data.notes.forEach((note, index) => checkRefs(entry, `.notes[${index}].sources`, note.sources, known.sources, 'source', problems));
}

/**
 * A presence label that names its evidence must cite exactly that evidence: "attended, according
 * to the Anadolu Agency list only" cites Anadolu texts and nothing else.
 */
function checkPresenceLabel(person: Located<Person>, sourcesById: ReadonlyMap<string, Source>, problems: Problem[]): void {
  if (person.data.presence.status !== 'agency-list') return;
  person.data.presence.sources.forEach((id, index) => {
    const source = sourcesById.get(id);
    if (source && !isAnadoluText(source)) {
      problems.push({
        file: person.file,
        field: `${person.label}.presence.sources[${index}]`,
        value: id,
        message:
          'the presence "agency-list" says only the Anadolu Agency list names this person, so it must cite only Anadolu texts (a source whose relays is "Anadolu Agency")',
      });
    }
  });
}

/**
 * The who's who opens with the host, the co-chairs and the summit's `keyActors`, each with a line
 * on why they matter: each of them needs that line (`keyActor` in people.yaml), and nobody else has one.
 * That one-line portrait rests on outlets of record: it cites no aggregator.
 */
function checkKeyActors(
  summit: ValidContent['summit'][number],
  people: ValidContent['people'],
  sourcesById: ReadonlyMap<string, Source>,
  problems: Problem[],
): void {
  const listed = new Set([summit.data.host, ...summit.data.coChairs, ...summit.data.keyActors]);
  for (const person of people) {
    person.data.keyActor?.sources.forEach((id, index) => {
      if (sourcesById.get(id)?.kind === 'aggregator')
        problems.push({
          file: person.file,
          field: `${person.label}.keyActor.sources[${index}]`,
          value: id,
          message: "a key actor's line cites no aggregator: give what an outlet of record reports",
        });
    });
    if (listed.has(person.data.id) && !person.data.keyActor)
      problems.push({
        file: person.file,
        field: `${person.label}.keyActor`,
        value: person.data.id,
        message:
          'a key actor (host, co-chair or listed in summit.yaml › keyActors) needs a keyActor line: why they matter, with its sources',
      });
    if (!listed.has(person.data.id) && person.data.keyActor)
      problems.push({
        file: person.file,
        field: `${person.label}.keyActor`,
        value: person.data.id,
        message: 'only the host, the co-chairs and the people listed in summit.yaml › keyActors have a keyActor line',
      });
  }
}

function checkData(content: ValidContent, known: IdSets, problems: Problem[]): void {
  const sourcesById = new Map(content.sources.map((source) => [source.data.id, source.data]));
  for (const person of content.people) {
    checkRefs(person, '.roleSources', person.data.roleSources, known.sources, 'source', problems);
    checkRefs(person, '.presence.sources', person.data.presence.sources, known.sources, 'source', problems);
    checkPresenceLabel(person, sourcesById, problems);
    if (person.data.country !== undefined) checkRef(person, '.country', person.data.country, known.countries, 'country', problems);
    if (person.data.organisation !== undefined)
      checkRef(person, '.organisation', person.data.organisation, known.organisations, 'organisation', problems);
    person.data.statements.forEach((statement, index) =>
      checkRefs(person, `.statements[${index}].sources`, statement.sources, known.sources, 'source', problems),
    );
    if (person.data.keyActor) checkRefs(person, '.keyActor.sources', person.data.keyActor.sources, known.sources, 'source', problems);
    checkNotes(person, known, problems);
  }
  const peopleById = new Map(content.people.map((p) => [p.data.id, p.data]));
  for (const country of content.countries) {
    if (!isKnownRegionCode(country.data.id)) {
      problems.push({
        file: country.file,
        field: `${country.label}.id`,
        value: country.data.id,
        message: 'not an ISO 3166-1 alpha-2 country code',
      });
    }
    checkRefs(country, '.levelSources', country.data.levelSources, known.sources, 'source', problems);
    checkRefs(country, '.coChair.sources', country.data.coChair?.sources ?? [], known.sources, 'source', problems);
    checkRefs(country, '.membership.sources', country.data.membership?.sources ?? [], known.sources, 'source', problems);
    checkRefs(country, '.representatives', country.data.representatives, known.people, 'person', problems);
    country.data.representatives.forEach((id, index) => {
      const person = peopleById.get(id);
      if (person && person.country !== country.data.id) {
        problems.push({
          file: country.file,
          field: `${country.label}.representatives[${index}]`,
          value: id,
          message: `this person belongs to ${person.country ?? person.organisation}, not ${country.data.id}`,
        });
      }
    });
    checkNotes(country, known, problems);
  }
  for (const organisation of content.organisations)
    checkRefs(organisation, '.sources', organisation.data.sources, known.sources, 'source', problems);
  for (const summit of content.summit) {
    checkRef(summit, '.host', summit.data.host, known.people, 'person', problems);
    checkRefs(summit, '.coChairs', summit.data.coChairs, known.people, 'person', problems);
    checkRefs(summit, '.keyActors', summit.data.keyActors, known.people, 'person', problems);
    checkKeyActors(summit, content.people, sourcesById, problems);
    checkRefs(summit, '.sources', summit.data.sources, known.sources, 'source', problems);
    summit.data.counts.forEach((count, index) =>
      checkRefs(summit, `.counts[${index}].sources`, count.sources, known.sources, 'source', problems),
    );
    checkNotes(summit, known, problems);
  }
  for (const event of content.timeline) {
    checkRefs(event, '.sources', event.data.sources, known.sources, 'source', problems);
    checkNotes(event, known, problems);
  }
  checkSameDayOrder(content.timeline, problems);
}

/** Events that share a date must each give a distinct `order`, so that the page shows the day as it ran. */
function checkSameDayOrder(events: ValidContent['timeline'], problems: Problem[]): void {
  const byDate = Map.groupBy(events, (event) => event.data.date);
  for (const sameDay of byDate.values()) {
    if (sameDay.length < 2) continue;
    const seen = new Set<number>();
    for (const event of sameDay) {
      const { order } = event.data;
      if (order === undefined) {
        problems.push({
          file: event.file,
          field: `${event.label}.order`,
          message: 'required: other events share this date, so give their order (1 first)',
        });
      } else if (seen.has(order)) {
        problems.push({
          file: event.file,
          field: `${event.label}.order`,
          value: order,
          message: 'another event of the same date already has this order',
        });
      }
      if (order !== undefined) seen.add(order);
    }
  }
}

function checkArticleBody(article: ValidArticle, known: IdSets, problems: Problem[]): void {
  const tags = findComponents(article.body);
  for (const ref of referencesIn(tags)) {
    if (!known[ref.target].has(ref.value)) {
      problems.push({
        file: article.file,
        field: `body line ${article.bodyLine + ref.line - 1}: <${ref.component} ${ref.attribute}>`,
        value: ref.value,
        message: `unknown ${ref.target === 'people' ? 'person' : ref.target.replace(/s$/, '')} id: no such entry`,
      });
    }
  }
  for (const tag of tags) {
    for (const [attribute, allowed] of Object.entries(COMPONENT_CHOICES[tag.component] ?? {})) {
      const value = tag.attributes.get(attribute);
      if (value !== undefined && !allowed.includes(value)) {
        const field = `body line ${article.bodyLine + tag.line - 1}: <${tag.component} ${attribute}>`;
        problems.push({ file: article.file, field, value, message: `expected one of ${allowed.join(', ')}` });
      }
    }
    for (const [attribute, allowed] of Object.entries(COMPONENT_LIST_CHOICES[tag.component] ?? {})) {
      const value = tag.attributes.get(attribute);
      if (value !== undefined && (listValues(value).length === 0 || listValues(value).some((item) => !allowed.includes(item)))) {
        const field = `body line ${article.bodyLine + tag.line - 1}: <${tag.component} ${attribute}>`;
        problems.push({ file: article.file, field, value, message: `expected one or more of ${allowed.join(', ')}, separated by spaces` });
      }
    }
  }
  // The component sets the quote inside the page language's quotation marks: one pair, added once.
  for (const quote of findPullQuotes(article.body)) {
    const field = `body line ${article.bodyLine + quote.line - 1}: <PullQuote>`;
    if (quote.text.includes('\n')) {
      problems.push({
        file: article.file,
        field,
        message: 'write the quote on one line, as plain text (it sits inside one pair of quotation marks)',
      });
    } else if (/^\s*[«“‹‘"']|[»”›"]\s*$/.test(quote.text)) {
      problems.push({
        file: article.file,
        field,
        value: quote.text,
        message: 'write the quote without quotation marks: the component adds those of the page language',
      });
    }
  }
  for (const image of findImagesWithoutAlt(article.body)) {
    problems.push({
      file: article.file,
      field: `body line ${article.bodyLine + image.line - 1}: ${image.what}`,
      message: 'image without alt text',
    });
  }
}

/** A key point writes a figure as `{count:ID}` (src/lib/key-point-figures.ts): every id names a count, and no brace is left over. */
function checkKeyPoints(article: ValidArticle, known: IdSets, problems: Problem[]): void {
  article.data.keyPoints.forEach((point, index) => {
    const field = `frontmatter.keyPoints[${index}]`;
    for (const id of countTokens(point)) {
      if (!known.counts.has(id))
        problems.push({ file: article.file, field, value: `{count:${id}}`, message: 'unknown count id: no such entry' });
    }
    if (hasStrayBrace(point)) {
      problems.push({
        file: article.file,
        field,
        value: point,
        message: 'a brace outside a figure: write a reported figure as {count:ID}',
      });
    }
  });
}

function checkArticles(articles: readonly ValidArticle[], known: IdSets, problems: Problem[]): void {
  const byKey = new Map<string, ValidArticle[]>();
  for (const article of articles) {
    const { lang, translationKey } = article.data;
    if (lang !== article.folder) {
      problems.push({
        file: article.file,
        field: 'frontmatter.lang',
        value: lang,
        message: `does not match the folder content/articles/${article.folder}/`,
      });
    }
    const group = byKey.get(translationKey) ?? [];
    if (group.some((other) => other.data.lang === lang)) {
      problems.push({
        file: article.file,
        field: 'frontmatter.translationKey',
        value: translationKey,
        message: `another ${lang} article already uses this translationKey`,
      });
    }
    byKey.set(translationKey, [...group, article]);
    checkArticleBody(article, known, problems);
    checkKeyPoints(article, known, problems);
  }
  for (const article of articles) {
    const group = byKey.get(article.data.translationKey) ?? [];
    for (const lang of LANGS) {
      if (!group.some((other) => other.data.lang === lang)) {
        problems.push({
          file: article.file,
          field: 'frontmatter.translationKey',
          value: article.data.translationKey,
          message: `no ${lang} article has this translationKey: every article needs its translation`,
        });
      }
    }
  }
}

/** Every source id an entry refers to, in any `sources` or `…Sources` list, at any depth. */
function sourceIdsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => sourceIdsIn(item, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (/^sources$|Sources$/.test(key) && Array.isArray(item)) item.forEach((id) => typeof id === 'string' && found.add(id));
      else sourceIdsIn(item, found);
    }
  }
  return found;
}

/** A source nothing on the site cites: a reader would find it listed with no page behind it. */
function checkUncitedSources(content: ValidContent, problems: Problem[]): void {
  const { sources, articles, ...data } = content;
  const citedInBodies = referencesIn(articles.flatMap((article) => findComponents(article.body)))
    .filter((ref) => ref.target === 'sources')
    .map((ref) => ref.value);
  const cited = sourceIdsIn(
    Object.values(data)
      .flat()
      .map((entry) => entry.data),
    new Set(citedInBodies),
  );
  for (const source of sources) {
    if (!cited.has(source.data.id)) {
      problems.push({
        file: source.file,
        field: `${source.label}.id`,
        value: source.data.id,
        message: 'no article or data entry cites this source: cite it or remove it',
      });
    }
  }
}

/** Runs every cross-entry check over validated content and returns what is wrong. */
export function checkIntegrity(content: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const known = idSets(content);
  checkData(content, known, problems);
  checkUncitedSources(content, problems);
  checkArticles(content.articles, known, problems);
  return problems;
}
