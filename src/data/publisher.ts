/** The publisher's details for this build, read once from the environment (src/lib/publisher.ts). */
import { uiStrings } from '../i18n/index.ts';
import type { Lang } from '../lib/content/schema.ts';
import { MISSING_PUBLISHER, readPublisher } from '../lib/publisher.ts';
import { sectionUrl } from '../lib/routes.ts';

export const publisher = readPublisher(process.env);
if (publisher === undefined) console.warn(MISSING_PUBLISHER);

/** The method page's contact section, where errors are reported; undefined when no publisher is set (it has none). */
export function contactUrl(base: string, lang: Lang): string | undefined {
  const section = uiStrings(lang).aboutSections.find((candidate) => candidate.topic === 'contact');
  return publisher && section && `${sectionUrl(base, lang, 'about')}#${section.id}`;
}
