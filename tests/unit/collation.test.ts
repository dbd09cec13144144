import { describe, expect, it } from 'vitest';
import { collator } from '../../src/lib/collation.ts';

describe('collator', () => {
  it('sorts names as a reader of the language expects, accents beside their letter', () => {
    const names = ['Zurich', 'École', 'Albanie', 'Estonie', 'émissaire'];
    expect([...names].sort(collator('fr').compare)).toEqual(['Albanie', 'École', 'émissaire', 'Estonie', 'Zurich']);
  });

  it('is made once per language', () => {
    expect(collator('fr')).toBe(collator('fr'));
    expect(collator('en')).not.toBe(collator('fr'));
  });
});
