import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import type { Organisation } from '../../src/lib/content/schema.ts';
import {
  keyFigures,
  mapFigures,
  nonMemberStates,
  reportedStates,
  representedStates,
  stateCount,
  tally,
  tallyText,
} from '../../src/lib/tallies.ts';
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

  it('gives the count’s figures: the reported states, those our sources name, and the US apart, unsettled', () => {
    expect(stateCount(countries, counts)).toEqual({ reported: 35, named: 4, unsettled: ['US'] });
    expect(stateCount(representedStates(countries), [])).toEqual({ reported: 0, named: 4, unsettled: [] });
  });

  it('gives the map the count’s figures and the named states at leader level', () => {
    expect(mapFigures(countries, counts)).toEqual({ reported: 35, named: 4, unsettled: ['US'], leaders: 2 });
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

describe('the count’s one wording', () => {
  const count = stateCount(countries, counts);
  const fr = uiStrings('fr');
  const en = uiStrings('en');
  // The clause every page shares: the US beside the named states, never outside the reported ones.
  const clauseFr = 'nos sources en nomment 4, plus les États-Unis, dont on ignore s’ils comptent parmi les 35';
  const clauseEn = 'our sources name 4, plus the United States, which may or may not be among the 35';

  it('says the US may or may not be among the reported states, on the home, the countries list and the map', () => {
    // On the home page, the short figure line, then the US clause in the same words as everywhere else.
    expect(fr.homeFigureStates(count)).toBe('États représentés\u202f; 4 nommés');
    expect(en.homeFigureStates(count)).toBe('states represented; 4 named');
    expect(fr.homeFigureUnsettled(count)).toBe(`S’y ajoutent ${clauseFr.replace('nos sources en nomment 4, plus ', '')}.`);
    expect(en.homeFigureUnsettled(count)).toBe(`Also present: ${clauseEn.replace('our sources name 4, plus ', '')}.`);
    expect(fr.countriesSummary(count)).toContain(`35 États représentés au sommet selon le décompte publié\u202f; ${clauseFr}.`);
    expect(en.countriesSummary(count)).toContain(`35 states represented at the summit, per the published count; ${clauseEn}.`);
    expect(fr.mapHeadline(mapFigures(countries, counts))).toBe(
      '35 États représentés\u202f; nos sources en nomment 4, dont 2 par leur dirigeant, plus les États-Unis, dont on ignore s’ils comptent parmi les 35',
    );
    expect(en.mapHeadline(mapFigures(countries, counts))).toBe(
      '35 states represented; our sources name 4, 2 of them by their leader, plus the United States, which may or may not be among the 35',
    );
    expect(fr.dataCountriesCount(count)).toBe(
      'Chaque fichier compte 5 entrées\u202f: les 4 États que nos sources nomment et les États-Unis, dont on ignore s’ils comptent parmi les 35 États représentés.',
    );
    expect(en.dataCountriesCount(count)).toBe(
      'Each file holds 5 entries: the 4 states our sources name and the United States, which may or may not be among the 35 states represented.',
    );
  });

  it('explains the “?” of the US row, and leaves the unnamed state open to being the US', () => {
    expect(fr.countUnsettledNote(count)).toBe('?\u202f: aucune source ne dit si les États-Unis sont comptés parmi les 35.');
    expect(en.countUnsettledNote(count)).toBe('?: no source says whether the United States is counted among the 35.');
    expect(fr.unnamedStates(1, count)).toBe(
      'Un État représenté n’est nommé par aucune source, à moins que les États-Unis ne soient comptés parmi les 35.',
    );
    expect(en.unnamedStates(1, { ...count, unsettled: [] })).toBe('One represented state is named by no source.');
  });

  it('heads the unsettled states alike on the countries list and the map, and words their envoys by number', () => {
    expect(fr.countUnsettledHeading(35)).toBe('Présents, comptés ou non parmi les 35');
    expect(fr.countUnsettledLabel(35)).toBe('Présents, comptés ou non parmi les 35\u202f:');
    expect(en.countUnsettledLabel(35)).toBe(`${en.countUnsettledHeading(35)}:`);
    expect(fr.envoys('deux', 2)).toBe('deux émissaires');
    expect(en.envoys('one', 1)).toBe('one envoy');
  });

  it('drops the US clause when no state is unsettled', () => {
    expect(en.homeFigureUnsettled({ ...count, unsettled: [] })).toBe('');
    expect(fr.homeFigureUnsettled({ ...count, unsettled: [] })).toBe('');
  });

  it('never says the US is outside the reported states or not a member', () => {
    const texts = [fr, en].flatMap((t) => [
      t.homeFigureUnsettled(count),
      t.countriesSummary(count),
      t.mapHeadline(mapFigures(countries, counts)),
      t.dataCountriesCount(count),
    ]);
    for (const text of texts) expect(text).not.toMatch(/non membre|sans être membre|not a coalition member|without being/i);
  });
});
