/**
 * A page's numbered citations, in `Astro.locals.citations` (set empty by src/middleware.ts):
 * `<Cite>` numbers a source at its first use, so the numbers follow the order the page renders
 * in, and the layout, which renders its body first, lists the sources it numbered. Components
 * import this module, so it must not import `astro:content` (a lint rule keeps it out of them).
 */
import type { Source } from '../lib/content/schema.ts';
import { propError } from '../lib/prop-error.ts';

/** One citation in the text: the source's number and which citation of that source it is (1-based). */
export interface Citation {
  id: string;
  number: number;
  occurrence: number;
}

/**
 * Numbers the next citation of source `id`: a source cited for the first time takes the next
 * number. Throws, naming the page's file and the id, for a source the site does not have.
 * @param file the file being rendered, for the error
 */
export function citeNext(locals: App.Locals, id: string, file: string): Citation {
  if (!locals.data.sources.has(id)) throw propError(file, 'Cite', 'id', id, 'no source has this id (content/sources/)');
  const { numbers, seen } = locals.citations;
  const number = numbers.get(id) ?? numbers.set(id, numbers.size + 1).size;
  const occurrence = (seen.get(id) ?? 0) + 1;
  seen.set(id, occurrence);
  return { id, number, occurrence };
}

/** The sources numbered so far on the page, in number order (number n is the n-th). */
export function citedSources(locals: App.Locals): Source[] {
  return [...locals.citations.numbers.keys()].flatMap((id) => locals.data.sources.get(id) ?? []);
}
