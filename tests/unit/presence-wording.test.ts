/**
 * The presence line of a person (person page, person card, delegation lists): it names the
 * outlets its footnotes point to, the original outlet of a relayed text, each once, in a
 * sentence of the page's language, for every status.
 */
import { describe, expect, it, vi } from 'vitest';
import { getSiteData } from '../../src/data/site-data.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import type { PresenceEvidence, Source } from '../../src/lib/content/schema.ts';
import { pick } from '../../src/lib/pick.ts';
import { presenceWording } from '../../src/lib/places.ts';
import { presenceOutlets } from '../../src/lib/presence-evidence.ts';

vi.mock('astro:content', () => import('../support/real-content.ts'));

const source = (id: string, publisher: Source['publisher'], relays?: string): Source => ({
  id,
  publisher,
  url: `https://example.org/${id}`,
  language: 'en',
  kind: relays ? 'aggregator' : 'press',
  ...(relays ? { relays } : {}),
});
const sources = new Map(
  [
    source('rnz', 'Live News NZ', 'RNZ'),
    source('reuters', 'Daily Sabah', 'Reuters'),
    source('reuters-again', 'LIGA.net', 'Reuters'),
    source('ep', 'European Pravda'),
    source('ap', 'Dunya News', 'AP'),
    source('afp', 'The Moscow Times', 'AFP'),
    source('elysee', 'Élysée'),
    source('ua', { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' }),
    source('aa', 'Sondakika', 'Anadolu Agency'),
    source('visir', 'Vísir'),
  ].map((entry) => [entry.id, entry]),
);
const presence = (status: PresenceEvidence['status'], ...ids: string[]): PresenceEvidence => ({ status, sources: ids });

describe('presence wording', () => {
  it('names the one outlet of a reported presence', () => {
    expect(presenceWording(presence('present', 'ep'), fr, 'fr', sources)).toBe('présence rapportée par European Pravda');
    expect(presenceWording(presence('present', 'ep'), en, 'en', sources)).toBe('attendance reported by European Pravda');
  });

  it('names the outlet a relay carries, not the relay', () => {
    expect(presenceWording(presence('present', 'rnz'), fr, 'fr', sources)).toBe('présence rapportée par RNZ');
    expect(presenceWording(presence('present', 'rnz'), en, 'en', sources)).toBe('attendance reported by RNZ');
  });

  it('lists two and three outlets as a sentence does, each outlet once', () => {
    expect(presenceWording(presence('present', 'rnz', 'reuters'), fr, 'fr', sources)).toBe('présence rapportée par RNZ et Reuters');
    expect(presenceWording(presence('present', 'rnz', 'reuters'), en, 'en', sources)).toBe('attendance reported by RNZ and Reuters');
    expect(presenceWording(presence('present', 'ep', 'reuters', 'afp', 'reuters-again'), fr, 'fr', sources)).toBe(
      'présence rapportée par European Pravda, Reuters et l’AFP',
    );
    expect(presenceWording(presence('present', 'ep', 'reuters', 'afp', 'reuters-again'), en, 'en', sources)).toBe(
      'attendance reported by European Pravda, Reuters and AFP',
    );
  });

  it('gives an institution and an agency the article or translation a sentence needs', () => {
    expect(presenceWording(presence('present', 'elysee', 'ua'), fr, 'fr', sources)).toBe(
      'présence rapportée par l’Élysée et la présidence ukrainienne',
    );
    expect(presenceWording(presence('present', 'elysee', 'ua'), en, 'en', sources)).toBe(
      'attendance reported by the Élysée and the Ukrainian presidency',
    );
  });

  it('words an announcement, the Anadolu list and an absence with their outlets', () => {
    expect(presenceWording(presence('announced', 'visir'), fr, 'fr', sources)).toBe('venue annoncée par Vísir, non confirmée');
    expect(presenceWording(presence('announced', 'visir'), en, 'en', sources)).toBe('attendance announced by Vísir, not confirmed');
    expect(presenceWording(presence('agency-list', 'aa'), fr, 'fr', sources)).toBe(
      'présence rapportée par la seule liste des participants de l’agence Anadolu',
    );
    expect(presenceWording(presence('agency-list', 'aa'), en, 'en', sources)).toBe(
      'attendance reported only on Anadolu Agency’s list of participants',
    );
    expect(presenceWording(presence('absent', 'ap'), fr, 'fr', sources)).toBe('venue prévue, puis annulée, selon AP');
    expect(presenceWording(presence('absent', 'ap'), en, 'en', sources)).toBe('visit planned, then called off, according to AP');
  });
});

describe('presence wording on the real data', async () => {
  const data = await getSiteData();
  const person = (id: string) => pick('person', data.people, id);

  it('names, for each person, one outlet per footnote’s origin and no relay site in its place', () => {
    for (const entry of data.people) {
      const outlets = presenceOutlets(entry.presence, data.sources, 'en');
      const origins = new Set(entry.presence.sources.map((id) => pick('source', data.sources, id).relays ?? id));
      expect(outlets.length, entry.id).toBeLessThanOrEqual(origins.size);
      for (const id of entry.presence.sources) {
        const relayed = pick('source', data.sources, id).relays;
        if (relayed) expect(outlets.join(' '), `${entry.id}: ${id}`).toContain(relayed);
      }
    }
  });

  it('reads as the typeset data gives the names', () => {
    expect(presenceWording(person('zelensky').presence, fr, 'fr', data.sources)).toBe('présence rapportée par la présidence ukrainienne');
    expect(presenceWording(person('macron').presence, fr, 'fr', data.sources)).toBe('présence rapportée par l’Élysée');
    expect(presenceWording(person('rubio').presence, en, 'en', data.sources)).toBe('visit planned, then called off, according to AP');
    expect(presenceWording(person('bilkey').presence, fr, 'fr', data.sources)).toBe('présence rapportée par RNZ');
  });
});
