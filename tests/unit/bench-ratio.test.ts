import { describe, expect, it } from 'vitest';
import { median, pairedRatio } from '../bench/ratio.ts';

describe('bench ratios', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of no values');
  });

  it('compares each site build with the reference build next to it, per page', () => {
    // The machine slows down in the second pair: each pair still says 1.1 per page.
    const site = [
      { ms: 22_000, pages: 2000 },
      { ms: 44_000, pages: 2000 },
      { ms: 24_200, pages: 2200 },
    ];
    const reference = [
      { ms: 20_000, pages: 2000 },
      { ms: 40_000, pages: 2000 },
      { ms: 20_000, pages: 2000 },
    ];
    expect(pairedRatio(site, reference)).toBeCloseTo(1.1, 10);
    expect(() => pairedRatio(site, reference.slice(1))).toThrow('3 site builds against 2 reference builds');
  });
});
