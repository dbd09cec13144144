import { describe, expect, it } from 'vitest';
import { checkEditedFixture, type Edit } from '../../support/content-fixture.ts';

const TIMELINE = 'content/timeline.yaml';

/** Replaces the fixture's one timeline entry by an entry with this text and these links. */
const entry = (text: { fr: string; en: string }, links: string, sources = '[elysee-2026-01-06]'): Edit => [
  TIMELINE,
  () =>
    [
      '- id: summit-2026-01-06',
      "  date: '2026-01-06'",
      `  text: { fr: ${text.fr}, en: ${text.en} }`,
      `  sources: ${sources}`,
      links,
      '',
    ].join('\n'),
];

const macronHosts = { fr: 'Emmanuel Macron reçoit le sommet.', en: 'Emmanuel Macron hosts the summit.' };
const label = 'content/timeline.yaml › timeline[summit-2026-01-06]';

describe('timelineLinkProblems (through the content check)', () => {
  it('accepts an entry that links the person it names and an article that cites one of its sources', () => {
    expect(checkEditedFixture(entry(macronHosts, '  people: [macron]\n  articles: [overview]'))).toEqual([]);
  });

  it('reports a person the entry names in full but does not link', () => {
    expect(checkEditedFixture(entry(macronHosts, ''))).toEqual([
      `${label}.people = "macron": the entry's text names Emmanuel Macron: add "macron" to its people`,
    ]);
  });

  it('reports a linked person that does not exist, or that the text does not name in every language', () => {
    const text = { fr: 'Ursula von der Leyen arrive.', en: 'The Commission President arrives.' };
    expect(checkEditedFixture(entry(text, '  people: [nobody, von-der-leyen]'))).toEqual([
      `${label}.people[0] = "nobody": unknown person id: no such entry`,
      `${label}.people[1] = "von-der-leyen": the entry's text does not name Ursula von der Leyen in every language: link only the people it names`,
    ]);
  });

  it('reports an article key with no live article, and an article that cites none of the entry’s sources', () => {
    const problems = checkEditedFixture(
      entry({ fr: 'Un sommet.', en: 'A summit.' }, '  articles: [no-such-article, overview]', '[naharnet-afp-2026-01-06]'),
    );
    expect(problems[0]).toBe(`${label}.articles[0] = "no-such-article": no live article with this translationKey in every language`);
    expect(problems.slice(1)).toEqual([
      expect.stringMatching(/articles\[1\] = "overview": .*at-a-glance\.mdx cites none of the entry's sources/),
    ]);
  });
});
