/**
 * An article's MDX may use only the site's components (src/components/mdx.ts), each with the
 * attributes it cannot render without.
 */
import { findComponents } from './mdx-scan.ts';
import type { Problem } from './problem.ts';
import type { ValidArticle } from './loaded.ts';

/**
 * The site's MDX components and the attributes each requires, as their Props in
 * src/components/*.astro declare them. Each group is one requirement; a group of several names
 * is met by any one of them (`<Cite>` takes `id` or `ids`).
 */
export const REQUIRED_ATTRIBUTES: Record<string, readonly (readonly string[])[]> = {
  Callout: [['kind']],
  Cite: [['id', 'ids']],
  Count: [['id']],
  CountComparison: [['measures']],
  CountryList: [],
  Figure: [['src'], ['alt'], ['credit']],
  MapEmbed: [],
  NumberedBlocks: [],
  OffersTable: [],
  PersonCard: [['id']],
  PullQuote: [['speaker'], ['source']],
  TableFigure: [['caption']],
  Tally: [['of']],
  Timeline: [],
};

/** Each component tag of an article that the site does not define, or that lacks a required attribute. */
export function componentUsageProblems(articles: readonly Pick<ValidArticle, 'file' | 'body' | 'bodyLine'>[]): Problem[] {
  const problems: Problem[] = [];
  const known = Object.keys(REQUIRED_ATTRIBUTES);
  for (const article of articles) {
    for (const tag of findComponents(article.body)) {
      const where = () => `body line ${article.bodyLine + tag.line - 1}: <${tag.component}`;
      const required = REQUIRED_ATTRIBUTES[tag.component];
      if (required === undefined) {
        problems.push({ file: article.file, field: `${where()}>`, message: `no such component: the site's are ${known.join(', ')}` });
        continue;
      }
      for (const names of required) {
        if (names.some((name) => tag.written.has(name))) continue;
        const message = names.length === 1 ? 'required attribute is missing' : `required attribute is missing: write ${names.join(' or ')}`;
        problems.push({ file: article.file, field: `${where()} ${names.join('|')}>`, message });
      }
    }
  }
  return problems;
}
