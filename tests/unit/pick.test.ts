import { describe, expect, it } from 'vitest';
import { pick } from '../../src/lib/pick.ts';

describe('pick', () => {
  it('finds an entry by id in a list or a map', () => {
    expect(pick('person', [{ id: 'a', name: 'A' }], 'a')).toEqual({ id: 'a', name: 'A' });
    expect(pick('source', new Map([['s', 1]]), 's')).toBe(1);
  });

  it('fails naming the kind of entry and the unknown id', () => {
    expect(() => pick('country', [{ id: 'FR' }], 'XX')).toThrow('unknown country id "XX"');
  });
});
