import { LEVELS, MEASURES } from './schema.ts';
import { TALLIES } from '../tallies.ts';

/**
 * Finds, in an MDX body, the component attributes that point at collection entries and the
 * images that lack alt text. A light scan by regular expressions: it reads JSX tags written the
 * way the editor's guide shows (`<Cite id="source-id" />`), which is all the articles use.
 */

/** Which attribute of which MDX component names an entry of which collection. */
const COMPONENT_REFERENCES = {
  Cite: { id: 'sources' },
  PersonCard: { id: 'people' },
  PullQuote: { speaker: 'people', source: 'sources' },
  Count: { id: 'counts' },
} as const satisfies Record<string, Record<string, ReferenceTarget>>;

/** Attributes of MDX components that take one of a fixed set of values. */
export const COMPONENT_CHOICES: Record<string, Record<string, readonly string[]>> = {
  Callout: { kind: ['note', 'disputed', 'unknown'] },
  CountryList: { level: LEVELS },
  Tally: { of: TALLIES },
};

/** Attributes of MDX components that take a list of such values, separated by spaces. */
export const COMPONENT_LIST_CHOICES: Record<string, Record<string, readonly string[]>> = {
  CountComparison: { measures: MEASURES },
};

/** The values of a list attribute (`measures="states leader-level-states"`), in the order written. */
export function listValues(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

export type ReferenceTarget = 'sources' | 'people' | 'countries' | 'counts';

export interface BodyReference {
  component: string;
  attribute: string;
  target: ReferenceTarget;
  value: string;
  /** 1-based line within the body. */
  line: number;
}

/** One MDX component tag with its literal attributes. */
export interface ComponentTag {
  component: string;
  attributes: Map<string, string>;
  /** The name of every attribute written on the tag, whatever its value: a string, an expression (`ids={[…]}`) or none. */
  written: Set<string>;
  /** 1-based line within the body. */
  line: number;
}

export interface MissingAlt {
  what: string;
  line: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|'([^']*)'|\{["']([^"']*)["']\})/g;
const ATTRIBUTE_VALUE = /"[^"]*"|'[^']*'|\{[^}]*\}/g;
const ATTRIBUTE_NAME = /[A-Za-z][\w-]*/g;
export const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(([^)]*)\)/g;
const HTML_IMAGE = /<(img|Image|Figure)\b([^>]*?)\/?>/g;

/**
 * A function giving the 1-based line of an offset in `text`. The newlines are found once, so
 * placing every tag of a long body costs one scan of it, not one per tag.
 */
export function lineLocator(text: string): (index: number) => number {
  const newlines: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) newlines.push(at);
  return (index) => {
    let [low, high] = [0, newlines.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((newlines[middle] as number) < index) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

export function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    found.set(match[1] ?? '', match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** The names of the attributes written in a tag's source, once their values are set aside. */
function attributeNames(source: string): Set<string> {
  return new Set(source.replace(ATTRIBUTE_VALUE, ' ').match(ATTRIBUTE_NAME));
}

/** Every capitalised component tag of an MDX body, in order, with its string attributes. */
export function findComponents(body: string): ComponentTag[] {
  const lineOf = lineLocator(body);
  return [...body.matchAll(TAG)].map((tag) => ({
    component: tag[1] ?? '',
    attributes: attributes(tag[2] ?? ''),
    written: attributeNames(tag[2] ?? ''),
    line: lineOf(tag.index),
  }));
}

/** Every reference to a collection entry made through an MDX component attribute, among a body's tags (`findComponents`). */
export function referencesIn(tags: readonly ComponentTag[]): BodyReference[] {
  const references: BodyReference[] = [];
  for (const { component, attributes: found, line } of tags) {
    const wanted: Record<string, ReferenceTarget> | undefined = (COMPONENT_REFERENCES as Record<string, Record<string, ReferenceTarget>>)[
      component
    ];
    if (!wanted) continue;
    for (const [attribute, value] of found) {
      const target = wanted[attribute];
      if (target) references.push({ component, attribute, target, value, line });
    }
  }
  return references;
}

/** Every image (Markdown `![]()`, `<img>`, `<Image>` or `<Figure>`) whose alt text is empty or absent. */
export function findImagesWithoutAlt(body: string): MissingAlt[] {
  const missing: MissingAlt[] = [];
  const lineOf = lineLocator(body);
  for (const match of body.matchAll(MARKDOWN_IMAGE)) {
    if ((match[1] ?? '').trim() === '') missing.push({ what: `image ${match[2] ?? ''}`, line: lineOf(match.index) });
  }
  for (const match of body.matchAll(HTML_IMAGE)) {
    const alt = attributes(match[2] ?? '').get('alt');
    if (alt === undefined || alt.trim() === '') missing.push({ what: `<${match[1]}>`, line: lineOf(match.index) });
  }
  return missing;
}

/** The text of a `<PullQuote …>text</PullQuote>`, as written between its tags. */
export interface PullQuoteText {
  text: string;
  line: number;
}

const PULL_QUOTE = /<PullQuote\b[^>]*[^/]>([\s\S]*?)<\/PullQuote>/g;

/** Every pull quote of an MDX body, with the text written inside it. */
export function findPullQuotes(body: string): PullQuoteText[] {
  const lineOf = lineLocator(body);
  return [...body.matchAll(PULL_QUOTE)].map((match) => ({ text: match[1] ?? '', line: lineOf(match.index) }));
}
