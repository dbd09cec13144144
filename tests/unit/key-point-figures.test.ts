import { describe, expect, it } from 'vitest';
import { countTokens, hasStrayBrace, withFigures } from '../../src/lib/key-point-figures.ts';

const COUNTS = [
  { id: 'leader-level-eurointegration', figure: 27 },
  { id: 'states-afp', figure: 35 },
];

describe('key point figures', () => {
  it('reads the count ids a key point names, in order', () => {
    expect(countTokens('{count:states-afp} États, dont {count:leader-level-eurointegration}')).toEqual([
      'states-afp',
      'leader-level-eurointegration',
    ]);
    expect(countTokens('Aucun chiffre ici.')).toEqual([]);
  });

  it('writes each figure in place of its token', () => {
    expect(withFigures('{count:states-afp} États, dont {count:leader-level-eurointegration} dirigeants', COUNTS)).toBe(
      '35 États, dont 27 dirigeants',
    );
  });

  it('refuses an unknown id rather than printing the token', () => {
    expect(() => withFigures('{count:states-x}', COUNTS)).toThrow(/states-x/);
  });

  it('finds a miswritten token (a brace left once the tokens are set aside)', () => {
    expect(hasStrayBrace('{count:states-afp} États')).toBe(false);
    expect(hasStrayBrace('{Count states-afp} États')).toBe(true);
    expect(hasStrayBrace('{count:states-afp États')).toBe(true);
  });
});
