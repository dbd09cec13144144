import { describe, expect, it, vi } from 'vitest';
import { buildShared } from '../../src/lib/build-shared.ts';

describe('buildShared', () => {
  it('creates a value once by name, and gives every later caller that same value', () => {
    const create = vi.fn(() => ({ count: 0 }));
    const first = buildShared('test-shared-once', create);
    first.count++;
    expect(buildShared('test-shared-once', () => ({ count: 99 }))).toBe(first);
    expect(first.count).toBe(1);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('keeps values of different names apart', () => {
    expect(buildShared('test-shared-a', () => 'a')).toBe('a');
    expect(buildShared('test-shared-b', () => 'b')).toBe('b');
  });

  it('is one value however many copies of the module are loaded (as the page bundle loads its own)', async () => {
    const value = buildShared('test-shared-copies', () => new Map());
    vi.resetModules();
    const copy = await import('../../src/lib/build-shared.ts');
    expect(copy.buildShared('test-shared-copies', () => new Map())).toBe(value);
  });
});
