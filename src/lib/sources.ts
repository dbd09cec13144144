/** How the site names its sources. */
import type { Lang, Source } from './content/schema.ts';

/** The publisher of a source in the reader's language (an institution's name is translated). */
export function publisherName(source: Pick<Source, 'publisher'>, lang: Lang): string {
  return typeof source.publisher === 'string' ? source.publisher : source.publisher[lang];
}
