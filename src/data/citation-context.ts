/**
 * Sets up a page's numbered citations and the data its components read, before anything on it
 * renders. Components import this module, so it must not import `astro:content` (not even
 * through another module): Astro would then run those components ahead of the page, for head
 * propagation, and number their citations out of document order.
 */
import type { Lang, Source } from '../lib/content/schema.ts';
import { pick } from '../lib/pick.ts';
import type { SiteData } from './site-data.ts';

/**
 * Records in `locals` the page's language, the number of each cited source (read by `<Cite>`) and
 * the site's data (read by the data components), and returns the sources in citation order.
 * With the data at hand, no component has to wait for it, so the page renders in document order
 * and the first citation of a source in the text is the one numbered first.
 */
export function startCitations(locals: App.Locals, lang: Lang, cited: readonly string[], data: SiteData): Source[] {
  locals.lang = lang;
  locals.data = data;
  locals.citations = { numbers: new Map(cited.map((id, index) => [id, index + 1])), seen: new Map() };
  return cited.map((id) => pick('source', data.sources, id));
}

/** The site's data, as the page recorded it with `startCitations`; throws on a page that did not. */
export function pageData(locals: App.Locals): SiteData {
  if (!locals.data) throw new Error('data component rendered on a page that did not call startCitations()');
  return locals.data;
}

/** One citation in the text: the source's number and which citation of that source it is (1-based). */
export interface Citation {
  id: string;
  number: number;
  occurrence: number;
}

/**
 * Numbers the next citation of source `id` on the page set up by `startCitations`; throws, naming
 * the source, when the page's citation order lacks it.
 */
export function citeNext(locals: App.Locals, id: string): Citation {
  const citations = locals.citations;
  const number = citations?.numbers.get(id);
  if (!citations || number === undefined) throw new Error(`<Cite id="${id}">: the source is not in this page's citation list`);
  const occurrence = (citations.seen.get(id) ?? 0) + 1;
  citations.seen.set(id, occurrence);
  return { id, number, occurrence };
}
