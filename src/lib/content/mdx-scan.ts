/**
 * Finds, in an MDX body, the component attributes that point at collection entries and the
 * images that lack alt text. A light scan by regular expressions: it reads JSX tags written the
 * way the editor's guide shows (`<Cite id="source-id" />`), which is all the articles use.
 */

/** Which attribute of which MDX component names an entry of which collection. */
export const COMPONENT_REFERENCES = {
  Cite: { id: 'sources' },
  PersonCard: { id: 'people' },
  PullQuote: { speaker: 'people', source: 'sources' },
  CountBox: { id: 'counts' },
  Count: { id: 'counts' },
} as const satisfies Record<string, Record<string, ReferenceTarget>>;

export type ReferenceTarget = 'sources' | 'people' | 'countries' | 'counts';

export interface BodyReference {
  component: string;
  attribute: string;
  target: ReferenceTarget;
  value: string;
  /** 1-based line within the body. */
  line: number;
}

export interface MissingAlt {
  what: string;
  line: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)=(?:"([^"]*)"|'([^']*)'|\{["']([^"']*)["']\})/g;
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(([^)]*)\)/g;
const HTML_IMAGE = /<(img|Image|Figure)\b([^>]*?)\/?>/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    found.set(match[1] ?? '', match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** Every reference to a collection entry made through an MDX component attribute. */
export function findReferences(body: string): BodyReference[] {
  const references: BodyReference[] = [];
  for (const tag of body.matchAll(TAG)) {
    const component = tag[1] ?? '';
    const wanted: Record<string, ReferenceTarget> | undefined = (COMPONENT_REFERENCES as Record<string, Record<string, ReferenceTarget>>)[component];
    if (!wanted) continue;
    for (const [attribute, value] of attributes(tag[2] ?? '')) {
      const target = wanted[attribute];
      if (target) references.push({ component, attribute, target, value, line: lineOf(body, tag.index) });
    }
  }
  return references;
}

/** Every image (Markdown `![]()`, `<img>`, `<Image>` or `<Figure>`) whose alt text is empty or absent. */
export function findImagesWithoutAlt(body: string): MissingAlt[] {
  const missing: MissingAlt[] = [];
  for (const match of body.matchAll(MARKDOWN_IMAGE)) {
    if ((match[1] ?? '').trim() === '') missing.push({ what: `image ${match[2] ?? ''}`, line: lineOf(body, match.index) });
  }
  for (const match of body.matchAll(HTML_IMAGE)) {
    const alt = attributes(match[2] ?? '').get('alt');
    if (alt === undefined || alt.trim() === '') missing.push({ what: `<${match[1]}>`, line: lineOf(body, match.index) });
  }
  return missing;
}
