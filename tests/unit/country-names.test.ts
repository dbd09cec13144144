import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/lib/country-names.ts';

describe('countryName', () => {
  it('names a country in each language from its ISO code', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('GB', 'fr')).toBe('Royaume-Uni');
  });
});
