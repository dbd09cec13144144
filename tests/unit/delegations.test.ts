import { describe, expect, it } from 'vitest';
import { delegations, delegationsByLevel } from '../../src/lib/delegations.ts';
import { countries, people } from '../support/sample-data.ts';

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
