/**
 * Two entries of content/sources.yaml for one page would number one page twice in a source list.
 */
import type { Problem } from './problem.ts';
import type { Source } from './schema.ts';
import type { Located } from './loaded.ts';

/**
 * The page a URL names, written so that two spellings of one page compare equal: the scheme
 * (http or https), a leading `www.`, the case of the host, a trailing slash and the fragment are
 * set aside; the path's case and the query are kept, since they can name another page.
 */
export function samePageKey(url: string): string {
  const { host, pathname, search } = new URL(url);
  return `${host.replace(/^www\./, '')}${pathname.replace(/\/+$/, '')}${search}`;
}

/** Each source whose URL names the same page as an earlier source's. */
export function duplicateSourceProblems(sources: readonly Located<Source>[]): Problem[] {
  const problems: Problem[] = [];
  const firstByPage = new Map<string, string>();
  for (const source of sources) {
    const key = samePageKey(source.data.url);
    const first = firstByPage.get(key);
    if (first === undefined) firstByPage.set(key, source.data.id);
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
