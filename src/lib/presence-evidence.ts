import type { Lang, PresenceEvidence, Source } from './content/schema.ts';
import { pick } from './pick.ts';
import { publisherName } from './sources.ts';

/**
 * True when a source carries Anadolu Agency's text: the only evidence that the presence label
 * "attended, according to the Anadolu Agency list only" (`agency-list`) may cite.
 */
export function isAnadoluText(source: Pick<Source, 'relays'>): boolean {
  return source.relays === 'Anadolu Agency';
}

/**
 * How a sentence names the outlets that take an article or a translation in it ("par l’Élysée",
 * "by the Élysée"); any other outlet goes by its own name ("par RNZ", "by Reuters").
 */
const IN_PROSE: Record<Lang, Readonly<Record<string, string>>> = {
  fr: {
    Élysée: 'l’Élysée',
    'Présidence de l’Ukraine': 'la présidence ukrainienne',
    AFP: 'l’AFP',
    'Anadolu Agency': 'l’agence Anadolu',
  },
  en: { Élysée: 'the Élysée', 'President of Ukraine': 'the Ukrainian presidency' },
};

/**
 * The outlets a person's presence rests on, as a sentence names them, each once, in the order of
 * the sources: the outlet whose text a source carries (AP for AP's report at Dunya News), else
 * its publisher.
 */
export function presenceOutlets(presence: PresenceEvidence, sources: ReadonlyMap<string, Source>, lang: Lang): string[] {
  const outlets = presence.sources.map((id) => {
    const source = pick('source', sources, id);
    return source.relays ?? publisherName(source, lang);
  });
  return [...new Set(outlets)].map((outlet) => IN_PROSE[lang][outlet] ?? outlet);
}
