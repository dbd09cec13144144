import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time.ts';

describe('readingMinutes', () => {
  it('rounds words over the reading speed, never under a minute', () => {
    expect(readingMinutes('mot '.repeat(460))).toBe(2);
    expect(readingMinutes('court')).toBe(1);
  });

  it('does not count component tags as words', () => {
    expect(readingMinutes(`${'mot '.repeat(10)}${'<Cite id="a-very-long-source-id" /> '.repeat(1000)}`, 10)).toBe(1);
  });
});
