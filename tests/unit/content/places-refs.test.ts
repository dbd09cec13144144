import { describe, expect, it } from 'vitest';
import { placeReferenceProblems } from '../../../src/lib/content/places-refs.ts';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import type { ValidContent } from '../../../src/lib/content/loaded.ts';
import { countries, sampleSource, timeline } from '../../support/sample-data.ts';

type Input = Parameters<typeof placeReferenceProblems>[0];

const located = <T extends { id: string }>(file: string, kind: string, entries: readonly T[]) =>
  entries.map((data, index) => ({ file, label: `${kind}[${data.id}]`, index, data }));

/** The sample data as the check reads it, with `edit` applied to France's entry and the EU's. */
function problems(
  france: Partial<(typeof countries)[number]>,
  euOffer?: { text: { fr: string; en: string }; sources: string[] },
): string[] {
  const content = {
    countries: located('content/countries.yaml', 'countries', [{ ...countries[0]!, ...france }, ...countries.slice(1)]),
    organisations: located('content/organisations.yaml', 'organisations', [
      {
        id: 'eu',
        name: { fr: 'UE', en: 'EU' },
        shortName: { fr: 'UE', en: 'EU' },
        sources: ['ep'],
        ...(euOffer ? { offer: euOffer } : {}),
      },
    ]),
    sources: located(
      'content/sources.yaml',
      'sources',
      ['afp', 'elysee', 'ep'].map((id) => sampleSource(id)),
    ),
    summit: located('content/summit.yaml', 'summit', [{ id: 'paris', date: '2026-01-06' }]),
    articles: [
      { file: 'content/articles/fr/garanties.mdx', data: { lang: 'fr', translationKey: 'guarantees', draft: false } },
      { file: 'content/articles/en/guarantees.mdx', data: { lang: 'en', translationKey: 'guarantees', draft: false } },
      { file: 'content/articles/fr/brouillon.mdx', data: { lang: 'fr', translationKey: 'draft-only', draft: false } },
      { file: 'content/articles/en/draft.mdx', data: { lang: 'en', translationKey: 'draft-only', draft: true } },
    ],
    timeline: located('content/timeline.yaml', 'timeline', [
      ...timeline,
      { id: 'briefing', date: '2026-01-08', text: { fr: 'x', en: 'x' }, notes: [], sources: ['afp'] },
    ]),
  } as unknown as Input & Pick<ValidContent, never>;
  return placeReferenceProblems(content).map(formatProblem);
}

const offer = (sources: string[]) => ({ text: { fr: 'offre', en: 'offer' }, sources });

describe('place references (offer, lead, after, articles)', () => {
  it('accepts offers citing known sources and events dated after the summit', () => {
    expect(problems({ offer: offer(['afp', 'elysee']), after: ['briefing'] }, offer(['ep']))).toEqual([]);
  });

  it('names an offer’s unknown source, for a state and for an organisation', () => {
    const found = problems({ offer: offer(['afp', 'le-monde-1999']) }, offer(['nope']));
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('countries[FR].offer.sources[1]');
    expect(found[0]).toContain('le-monde-1999');
    expect(found[0]).toContain('unknown source id');
    expect(found[1]).toContain('organisations[eu].offer.sources[0]');
  });

  it('accepts a lead citing known sources and articles live in every language', () => {
    expect(problems({ lead: [offer(['afp']), offer(['ep', 'elysee'])], articles: ['guarantees'] })).toEqual([]);
  });

  it('names a lead sentence’s unknown source', () => {
    const found = problems({ lead: [offer(['afp']), offer(['ep', 'nope'])] });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('countries[FR].lead[1].sources[1]');
    expect(found[0]).toContain('unknown source id');
  });

  it('names an article key with no live article in every language', () => {
    const found = problems({ articles: ['guarantees', 'draft-only', 'nothing'] });
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('countries[FR].articles[1]');
    expect(found[0]).toContain('draft-only');
    expect(found[1]).toContain('countries[FR].articles[2]');
    expect(found[1]).toContain('no live article with this translationKey in every language');
  });

  it('names an unknown event, and an event that is not after the summit', () => {
    const found = problems({ after: ['nowhere', 'summit', 'london'] });
    expect(found).toHaveLength(3);
    expect(found[0]).toContain('countries[FR].after[0]');
    expect(found[0]).toContain('unknown timeline event id');
    expect(found[1]).toContain('dated 2026-01-06, not after the summit (2026-01-06)');
    expect(found[2]).toContain('dated 2025-03-02');
  });
});
