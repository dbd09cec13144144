import { describe, expect, it } from 'vitest';
import { pagesCiting } from '../../src/lib/source-usage.ts';

describe('pagesCiting', () => {
  it('lists, for each source, the pages that cite it once each', () => {
    const a = { title: 'A', href: '/a/', sources: ['seed', 'elysee', 'seed'] };
    const b = { title: 'B', href: '/b/', sources: ['elysee'] };
    const usage = pagesCiting([a, b]);
    expect(usage.get('seed')).toEqual([a]);
    expect(usage.get('elysee')).toEqual([a, b]);
    expect(usage.get('other')).toBeUndefined();
  });
});
