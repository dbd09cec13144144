import { describe, expect, it, vi } from 'vitest';
import { memoized } from '../../src/lib/memo.ts';

describe('memoized', () => {
  it('computes once per key and gives the same result after', () => {
    const compute = vi.fn((a: string, b: number) => ({ text: `${a}${b}` }));
    const lookup = memoized((a: string, b: number) => `${a}|${b}`, compute);
    const first = lookup('x', 1);
    expect(lookup('x', 1)).toBe(first);
    expect(lookup('x', 2)).toEqual({ text: 'x2' });
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('remembers an undefined result too, and remembers nothing when computing throws', () => {
    const compute = vi.fn((key: string) => {
      if (key === 'bad') throw new Error('bad key');
      return undefined;
    });
    const lookup = memoized((key: string) => key, compute);
    expect(lookup('none')).toBeUndefined();
    expect(lookup('none')).toBeUndefined();
    expect(() => lookup('bad')).toThrow('bad key');
    expect(() => lookup('bad')).toThrow('bad key');
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
