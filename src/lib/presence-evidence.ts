import type { Source } from './content/schema.ts';

/**
 * True when a source carries Anadolu Agency's text: the only evidence that the presence label
 * "attended, according to the Anadolu Agency list only" (`agency-list`) may cite.
 */
export function isAnadoluText(source: Pick<Source, 'relays'>): boolean {
  return source.relays === 'Anadolu Agency';
}
