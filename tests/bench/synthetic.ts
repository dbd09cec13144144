/**
 * Synthetic content for the build benchmark: the real data collections (sources, people,
 * countries, organisations, summit, timeline) copied as they are, and `n` article pairs written
 * from one template. Each article has the shape of the real ones: about a thousand words in six
 * sections, some forty citations of real sources, key points, inline figures, a callout, a person
 * card, a count box, a pull quote and a list; every fifth article also carries the country lists
 * and every fifth the timeline, as the real "who came" and "context" articles do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, ARTICLES_DIR } from '../../src/lib/content/files.ts';
import { COMPONENT_CHOICES } from '../../src/lib/content/mdx-scan.ts';
import { readContent } from '../support/read-content.ts';
import { LANGS, LEVELS, TOPICS, type Lang } from '../../src/lib/content/schema.ts';
import { validateContent } from '../support/validate-content.ts';
import { TALLIES } from '../../src/lib/tallies.ts';

/** A file of a project, relative to its root. */
export interface ProjectFile {
  path: string;
  text: string;
}

/** The entry ids the synthetic articles cite or show, taken from the data collections. */
export interface FixtureIds {
  sources: readonly string[];
  people: readonly string[];
  counts: readonly string[];
}

const WORDS: Record<Lang, readonly string[]> = {
  fr: (
    'accord alliés analyse annonce armée avenir calendrier capitale cessez-le-feu coalition commission conférence contrôle ' +
    'coopération déclaration défense délégation diplomatie discussion dispositif engagement ensemble force frontière garantie ' +
    'gouvernement mécanisme mission négociation observateurs paix partenaires plan position présidence principe projet ' +
    'proposition protocole question réunion sécurité sommet soutien stratégie surveillance texte territoire traité confirme ' +
    'décrit évoque prévoit précise rappelle souligne propose examine durable européen commun militaire politique officiel ' +
    'possible prochain large clair le la les des du un une et pour avec dans sur selon entre après avant'
  ).split(' '),
  en: (
    'agreement allies analysis announcement army future schedule capital ceasefire coalition commission conference control ' +
    'cooperation declaration defence delegation diplomacy discussion arrangement commitment together force border guarantee ' +
    'government mechanism mission negotiation observers peace partners plan position presidency principle project proposal ' +
    'protocol question meeting security summit support strategy monitoring text territory treaty confirms describes mentions ' +
    'foresees specifies recalls stresses proposes examines lasting European common military political official possible next ' +
    'broad clear the a of and for with in on according between after before'
  ).split(' '),
};

const TITLE: Record<Lang, string> = { fr: 'Article synthétique', en: 'Synthetic article' };
const SLUG: Record<Lang, string> = { fr: 'article-synthetique', en: 'synthetic-article' };
const CALLOUT_KINDS = COMPONENT_CHOICES['Callout']?.['kind'] ?? ['note'];
/** Distinct sources each article cites (the real articles cite twenty to thirty). */
export const SOURCES_PER_ARTICLE = 24;
const FIRST_PUBLISHED = Date.UTC(2026, 0, 7);
/** Publication dates cycle over this many days after the first, so that none is after the day the bench runs (the check refuses future dates). */
const PUBLISHED_DAYS = 300;
const DAY = 86_400_000;

/** Reads the ids that articles can reference from the data collections under `root`. */
export function fixtureIds(root: string): FixtureIds {
  const { content } = validateContent(readContent(root).content);
  return {
    sources: content.sources.map((source) => source.data.id),
    people: content.people.map((person) => person.data.id),
    counts: content.summit.flatMap((summit) => summit.data.counts.map((count) => count.id)),
  };
}

/** The content folder of a synthetic site: the data files of `root` as they are (but the timeline's and countries' article links), and `n` articles per language. */
export function syntheticContent(root: string, n: number): ProjectFile[] {
  const ids = fixtureIds(root);
  // The timeline's and the countries' links to the real articles go: the synthetic site has none of them.
  const linking: readonly string[] = [DATA_FILES.timeline, DATA_FILES.countries];
  const data = Object.values(DATA_FILES).map((path) => ({
    path,
    text: readFileSync(join(root, path), 'utf8').replace(linking.includes(path) ? /^ {2}articles: \[.*\]\n/gm : /(?!)/, ''),
  }));
  const articles = Array.from({ length: n }, (_, index) => LANGS.map((lang) => syntheticArticle(index, lang, ids))).flat();
  return [...data, ...articles];
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), so every run writes the same text. */
function randomSequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const pickFrom = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/** Article `index` (0-based) in `lang`; both languages cite the same sources in the same places. */
function syntheticArticle(index: number, lang: Lang, ids: FixtureIds): ProjectFile {
  const random = randomSequence(index * LANGS.length + LANGS.indexOf(lang) + 1);
  const words = (count: number): string =>
    Array.from({ length: count }, () => pickFrom(WORDS[lang], Math.floor(random() * WORDS[lang].length))).join(' ');
  const phrase = (min: number, max: number): string => {
    const text = words(min + Math.floor(random() * (max - min + 1)));
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const pool = Array.from({ length: SOURCES_PER_ARTICLE }, (_, k) => pickFrom(ids.sources, index * SOURCES_PER_ARTICLE + k));
  const cited: string[] = [];
  const cite = (): string => {
    const id = pickFrom(pool, cited.length * 7);
    cited.push(id);
    return id;
  };
  let sentences = 0;
  /** A sentence; three in four end with a citation; `inline` is a component set in its middle. */
  const sentence = (inline?: string): string => {
    sentences += 1;
    const text = inline ? `${phrase(6, 9)} ${inline} ${words(6)}` : phrase(12, 20);
    return sentences % 4 === 0 ? `${text}.` : `${text} <Cite id="${cite()}" />.`;
  };
  const paragraph = (inline?: string): string => [sentence(inline), sentence(), sentence()].join(' ');

  const sections: string[][] = [
    [0, 1, 2].map((k) => paragraph(`<Count id="${pickFrom(ids.counts, index + k)}" />`)),
    [
      paragraph(`<Tally of="${pickFrom(TALLIES, index)}" />`),
      `<PersonCard id="${pickFrom(ids.people, index)}" />`,
      paragraph(),
      paragraph(),
    ],
    [paragraph(), `<Callout kind="${pickFrom(CALLOUT_KINDS, index)}">\n\n${paragraph()}\n\n</Callout>`, paragraph()],
    [
      paragraph(),
      `<CountComparison measures="states leader-level-states" />`,
      paragraph(),
      `<PullQuote speaker="${pickFrom(ids.people, index + 2)}" source="${cite()}">${words(12)}</PullQuote>`,
      paragraph(),
    ],
    [`### ${phrase(3, 5)}`, paragraph(), [0, 1, 2, 3].map(() => `- **${phrase(1, 2)}**: ${sentence()}`).join('\n')],
    [
      paragraph(),
      ...(index % 5 === 0 ? LEVELS.map((level) => `<CountryList level="${level}" />`) : []),
      ...(index % 5 === 1 ? ['<Timeline />'] : []),
      paragraph(),
      paragraph(),
    ],
  ];
  const body = sections.map((blocks) => [`## ${phrase(3, 6)}`, ...blocks].join('\n\n')).join('\n\n');

  const number = String(index + 1).padStart(4, '0');
  const published = FIRST_PUBLISHED + (index % PUBLISHED_DAYS) * DAY;
  const list = (items: readonly string[]): string => items.map((item) => `\n  - ${JSON.stringify(item)}`).join('');
  const frontmatter = [
    `title: ${JSON.stringify(`${TITLE[lang]} ${number}`)}`,
    `description: ${JSON.stringify(`${phrase(15, 25)}.`)}`,
    `lang: ${lang}`,
    `translationKey: bench-${number}`,
    `published: '${isoDate(published)}'`,
    `factsAsOf: '${isoDate(published)}'`,
    ...(index % 7 === 3 ? [`updated: '${isoDate(published + DAY)}'`] : []),
    `topic: ${pickFrom(TOPICS, index)}`,
    `homeOrder: ${index + 1}`,
    `keyPoints:${list([0, 1, 2, 3].map(() => `${phrase(12, 20)}.`))}`,
    ...(index % 10 === 4
      ? [`corrections:\n  - date: '${isoDate(published + DAY)}'\n    note: ${JSON.stringify(`${phrase(10, 15)}.`)}`]
      : []),
  ];
  return { path: `${ARTICLES_DIR}/${lang}/${SLUG[lang]}-${number}.mdx`, text: `---\n${frontmatter.join('\n')}\n---\n\n${body}\n` };
}
