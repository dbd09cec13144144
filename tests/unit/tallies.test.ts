import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import type { Organisation } from '../../src/lib/content/schema.ts';
import { keyFigures, mapFigures, nonMemberStates, reportedStates, representedStates, tally, tallyText } from '../../src/lib/tallies.ts';
import { countries, counts } from '../support/sample-data.ts';

describe('tallies', () => {
  it('counts the named represented states, without non-members', () => {
    expect(representedStates(countries).map((c) => c.id)).toEqual(['FR', 'DE', 'TR', 'JP']);
    expect(tally('named-states', countries, counts)).toBe(4);
    expect(tally('named-leader-level-states', countries, counts)).toBe(2);
  });

  it('sets apart the states present without being members', () => {
    expect(nonMemberStates(countries).map((c) => c.id)).toEqual(['US']);
    expect(nonMemberStates(representedStates(countries))).toEqual([]);
  });

  it('computes the unnamed remainder from the reported number of states', () => {
    expect(tally('unnamed-states', countries, counts)).toBe(31);
    expect(tally('unnamed-states', countries, [])).toBe(0);
  });

  it('takes the reported number of states from the largest states count, 0 when none is reported', () => {
    expect(reportedStates(counts)).toBe(35);
    expect(reportedStates([])).toBe(0);
  });

  it('gives the key figures: reported states, named states, leader-level states, organisations', () => {
    const organisations: Organisation[] = [
      { id: 'eu', name: { fr: 'Union européenne', en: 'European Union' }, shortName: { fr: 'UE', en: 'EU' }, sources: ['s'] },
    ];
    expect(keyFigures(countries, counts, organisations)).toEqual({ states: 35, namedStates: 4, leaderLevelStates: 2, organisations: 1 });
  });

  it('gives the map its figures: named member states, those at leader level, and the non-members drawn too', () => {
    expect(mapFigures(countries, counts)).toEqual({ named: 4, leaders: 2, nonMembers: countries.length - 4 });
    expect(countries.length - 4).toBeGreaterThan(0);
  });
});

describe('tallyText', () => {
  const words = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];

  it('writes a figure under ten in words and the others in digits', () => {
    expect(tallyText(1, words)).toBe('un');
    expect(tallyText(0, words)).toBe('zéro');
    expect(tallyText(10, words)).toBe('10');
    expect(tallyText(34, words)).toBe('34');
  });
});

describe('the map’s headline figure', () => {
  it('says in two clauses how many named states were represented, how many by their leader, and who else came', () => {
    const figures = mapFigures(countries, counts);
    expect(uiStrings('fr').mapHeadline(figures)).toBe(
      'Nos sources nomment 4 États représentés, dont 2 par leur dirigeant\u202f; un État non membre de la coalition était aussi présent',
    );
    expect(uiStrings('en').mapHeadline(figures)).toBe(
      'Our sources name 4 represented states, 2 of them by their leader; one state that is not a coalition member was also present',
    );
    expect(uiStrings('en').mapHeadline({ ...figures, nonMembers: 0 })).toBe(
      'Our sources name 4 represented states, 2 of them by their leader',
    );
  });
});
