import { describe, expect, it } from 'vitest';
import { representedStates, tally } from '../../src/lib/tallies.ts';
import { countries, counts } from '../support/sample-data.ts';

describe('tallies', () => {
  it('counts the named represented states, without non-members', () => {
    expect(representedStates(countries).map((c) => c.id)).toEqual(['FR', 'DE', 'TR', 'JP']);
    expect(tally('named-states', countries, counts)).toBe(4);
    expect(tally('named-leader-level-states', countries, counts)).toBe(2);
  });

  it('computes the unnamed remainder from the reported number of states', () => {
    expect(tally('unnamed-states', countries, counts)).toBe(31);
    expect(tally('unnamed-states', countries, [])).toBe(0);
  });
});
