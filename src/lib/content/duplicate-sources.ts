/**
 * Two entries of content/sources.yaml for one page would number one page twice in a source list.
 */
import type { Problem } from './problem.ts';
import type { Source } from './schema.ts';
import type { Located } from './loaded.ts';

/** The host of a URL, with its case and a leading `www.` set aside. */
function plainHost(url: URL): string {
  return url.host.replace(/^www\./, '');
}

/**
 * The page a URL names, written so that two spellings of one page compare equal: the scheme
 * (http or https), a leading `www.`, the case of the host, a trailing slash and the fragment are
 * set aside; the path's case and the query are kept, since they can name another page.
 */
export function samePageKey(url: string): string {
  const parsed = new URL(url);
  return `${plainHost(parsed)}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
}

/**
 * The article number a news site puts at the end of its URLs (`…/world/2090595`,
 * `…-guarantees-a91617`, `…-b2895654.html`), with the host: one outlet keeps the number when it
 * rewrites an article's headline and so its slug, so two URLs with the same key are one article.
 * Undefined when the last path segment does not end in such a number of at least four digits.
 */
export function articleNumberKey(url: string): string | undefined {
  const parsed = new URL(url);
  const last = parsed.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  const number = /(?:^|[-_])[a-z]?(\d{4,})$/i.exec(last.replace(/\.[a-z]+$/i, ''))?.[1];
  return number === undefined ? undefined : `${plainHost(parsed)} #${number}`;
}

/** Each source whose URL names the same page, or the same numbered article, as an earlier source's. */
export function duplicateSourceProblems(sources: readonly Located<Source>[]): Problem[] {
  const problems: Problem[] = [];
  const firstByKey = new Map<string, string>();
  for (const source of sources) {
    const keys = [samePageKey(source.data.url), articleNumberKey(source.data.url)].filter((key) => key !== undefined);
    const first = keys.map((key) => firstByKey.get(key)).find((id) => id !== undefined);
    if (first === undefined) for (const key of keys) firstByKey.set(key, source.data.id);
    else {
      problems.push({
        file: source.file,
        field: `${source.label}.url`,
        value: source.data.url,
        message: `sources ${first} and ${source.data.id} are the same page: keep one`,
      });
    }
  }
  return problems;
}
