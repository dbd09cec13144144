/**
 * Every link of an article body to a page of the site leads to a page the site builds: a
 * Markdown link `[text](/carte/)` or `[text](../slug/)`, or an `href` attribute, whose target is
 * a path (from the site's root, or relative to the article's own URL) is looked up among the
 * pages of the route table (`sitePagePaths`), an optional `#fragment` or `?query` aside.
 */
import { sectionUrl, sitePagePaths, type SiteEntries } from '../routes.ts';
import { lineLocator } from './mdx-scan.ts';
import type { Problem } from './problem.ts';
import type { ValidContent } from './loaded.ts';

const MARKDOWN_LINK = /(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g;
const HREF = /\bhref=(?:"([^"]*)"|'([^']*)'|\{["']([^"']*)["']\})/g;

/** A link written in a body, with its 1-based line in the body. */
export interface BodyLink {
  link: string;
  line: number;
}

/** Every link target of an MDX body: Markdown links (not images) and `href` attributes. */
export function findLinks(body: string): BodyLink[] {
  const lineOf = lineLocator(body);
  return [...body.matchAll(MARKDOWN_LINK), ...body.matchAll(HREF)]
    .map((match) => ({ link: match[1] ?? match[2] ?? match[3] ?? '', line: lineOf(match.index), at: match.index }))
    .sort((a, b) => a.at - b.at)
    .map(({ link, line }) => ({ link, line }));
}

/**
 * The site path a link leads to, read from the page at `from`; undefined when it leaves the site
 * (a scheme such as `https:` or `mailto:`, or `//host`) or stays on the page (`#fragment`).
 */
export function linkedPath(link: string, from: string): string | undefined {
  if (link === '' || link.startsWith('#') || link.startsWith('//') || /^[a-z][a-z\d+.-]*:/i.test(link)) return undefined;
  return decodeURIComponent(new URL(link, `https://site.invalid${from}`).pathname);
}

/** The entries of `content` the site builds a page for (drafts are not built). */
function contentEntries(content: ValidContent): SiteEntries {
  return {
    articles: content.articles
      .filter((article) => !article.data.draft)
      .map((article) => ({ lang: article.data.lang, slug: article.slug, translationKey: article.data.translationKey })),
    people: content.people.map((person) => person.data),
    countries: content.countries.map((country) => country.data),
  };
}

/** The path of every page the site builds from `content` under `base` (drafts are not built). */
export function contentPagePaths(content: ValidContent, base = '/'): Set<string> {
  return sitePagePaths(base, contentEntries(content));
}

/** Every link of an article body to a path of the site that no page is built at. */
export function pageLinkProblems(content: ValidContent): Problem[] {
  const pages = contentPagePaths(content);
  return content.articles.flatMap((article) => {
    const from = sectionUrl('/', article.data.lang, 'articles', article.slug);
    return findLinks(article.body).flatMap(({ link, line }) => {
      const path = linkedPath(link, from);
      return path === undefined || pages.has(path)
        ? []
        : [{ file: article.file, field: `body line ${article.bodyLine + line - 1}`, value: link, message: 'no such page' }];
    });
  });
}
