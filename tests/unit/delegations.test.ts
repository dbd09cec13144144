import { describe, expect, it } from 'vitest';
import type { ReportedCount } from '../../src/lib/content/schema.ts';
import { delegations, delegationsByLevel, levelAnchor, reportedBreakdown, sharedLevelSources } from '../../src/lib/delegations.ts';
import { countries, counts, people } from '../support/sample-data.ts';

describe('delegations', () => {
  it('sorts states by their name in the reader’s language and leaves out non-members', () => {
    expect(delegations(countries, people, 'fr').map((d) => d.name)).toEqual(['Allemagne', 'France', 'Japon', 'Turquie']);
    expect(delegations(countries, people, 'en').map((d) => d.country.id)).toEqual(['FR', 'DE', 'JP', 'TR']);
  });

  it('keeps one level and resolves the representatives', () => {
    const leaders = delegations(countries, people, 'en', 'leader');
    expect(leaders.map((d) => [d.country.id, d.representatives.map((p) => p.name)])).toEqual([
      ['FR', ['Emmanuel Macron']],
      ['DE', []],
    ]);
  });

  it('groups by level in a fixed order, skipping empty levels', () => {
    expect(delegationsByLevel(countries, people, 'fr').map((g) => [g.level, g.delegations.length])).toEqual([
      ['leader', 2],
      ['minister', 1],
      ['not-given', 1],
    ]);
  });
});

describe('sharedLevelSources', () => {
  const leaders = delegations(countries, people, 'fr', 'leader');

  it('gives the level sources every row shares, for the list to cite them once', () => {
    expect(sharedLevelSources(leaders)).toEqual(['ep']);
  });

  it('gives none when the rows cite different sources, or when there is a single row', () => {
    const mixed = [...leaders, ...delegations(countries, people, 'fr', 'minister')];
    expect(sharedLevelSources(mixed)).toEqual([]);
    expect(sharedLevelSources(leaders.slice(0, 1))).toEqual([]);
    expect(sharedLevelSources([])).toEqual([]);
  });
});

describe('reportedBreakdown', () => {
  const count = (id: string, measure: ReportedCount['measure'], figure: number, sources: string[]): ReportedCount => ({
    id,
    measure,
    figure,
    what: { fr: id, en: id },
    sources,
  });
  const report = [
    count('states-ep', 'states', 35, ['ep', 'ep2']),
    count('states-small', 'states', 30, ['other']),
    count('leaders-afp', 'leader-level-states', 26, ['afp']),
    count('leaders-ep', 'leader-level-states', 27, ['ep']),
    count('ministers-ep', 'ministerial-states', 4, ['ep', 'ep2']),
    count('envoys-other', 'envoy-states', 3, ['other']),
  ];

  it('reads each level from the report behind the largest count of states', () => {
    const breakdown = reportedBreakdown(report);
    expect(breakdown?.states.id).toBe('states-ep');
    expect(Object.fromEntries(Object.entries(breakdown?.levels ?? {}).map(([level, found]) => [level, found.id]))).toEqual({
      leader: 'leaders-ep',
      minister: 'ministers-ep',
    });
  });

  it('gives nothing without a count of states, and no level the report does not count', () => {
    expect(reportedBreakdown(report.filter((entry) => entry.measure !== 'states'))).toBeUndefined();
    expect(reportedBreakdown(counts)?.levels).toEqual({});
  });
});

describe('levelAnchor', () => {
  it('names a level’s section on the countries list', () => {
    expect(levelAnchor('not-given')).toBe('level-not-given');
  });
});
