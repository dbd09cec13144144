import { describe, expect, it, vi } from 'vitest';
import { memoized, memoizedByIdentity } from '../../src/lib/memo.ts';

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

describe('memoizedByIdentity', () => {
  it('computes once per object, by identity, not by content', () => {
    const compute = vi.fn((list: readonly number[]) => list.reduce((sum, value) => sum + value, 0));
    const total = memoizedByIdentity(compute);
    const list = [1, 2, 3];
    expect(total(list)).toBe(6);
    expect(total(list)).toBe(6);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(total([1, 2, 3])).toBe(6);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('remembers nothing when computing throws', () => {
    const compute = vi.fn((): number => {
      throw new Error('no atlas');
    });
    const draw = memoizedByIdentity(compute);
    const key = {};
    expect(() => draw(key)).toThrow('no atlas');
    expect(() => draw(key)).toThrow('no atlas');
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
