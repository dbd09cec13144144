import { describe, expect, it } from 'vitest';
import { growsLinearly, median, pairedRatio, warmRunsFor } from '../bench/ratio.ts';

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

  it('calls a cost linear unless its growth per extra page passes the tolerance beyond the reference, or beyond ×1', () => {
    expect(growsLinearly(1.2, 1.0)).toBe(true);
    expect(growsLinearly(1.3, 1.0)).toBe(false);
    expect(growsLinearly(1.5, 1.3)).toBe(true);
    expect(growsLinearly(1.7, 1.3)).toBe(false);
    // The site's cost per page fell (×0.79) while the reference's fell further (×0.60): still linear.
    expect(growsLinearly(0.79, 0.6)).toBe(true);
    expect(growsLinearly(1.3, 0.6)).toBe(false);
  });

  it('makes at least five warm builds of a size whose cold build is short, and as many as asked otherwise', () => {
    expect(warmRunsFor(1, 8_000)).toBe(5);
    expect(warmRunsFor(7, 8_000)).toBe(7);
    expect(warmRunsFor(1, 90_000)).toBe(1);
    expect(warmRunsFor(3, 30_000)).toBe(3);
  });
});
