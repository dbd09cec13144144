/** Sets up numbered citations for a page, before anything on it renders. */
import type { Lang, Source } from '../lib/content/schema.ts';
import { pick } from './site-data.ts';

/**
 * Records the page's language and the number of each cited source in `locals` (read by
 * `<Cite>` and the data components) and returns the sources in citation order.
 */
export function startCitations(locals: App.Locals, lang: Lang, cited: readonly string[], sources: ReadonlyMap<string, Source>): Source[] {
  locals.lang = lang;
  locals.citations = { numbers: new Map(cited.map((id, index) => [id, index + 1])), seen: new Map() };
  return cited.map((id) => pick('source', sources, id));
}
