import { describe, expect, it } from 'vitest';
import { bareFigures, spelledOut } from '../../support/content-lint/prose-numbers.ts';

const FIGURES = new Set([35, 27, 26, 4, 2]);

describe('bareFigures', () => {
  it('flags a count typed as digits', () => {
    expect(bareFigures('Au total, 35 pays étaient représentés.', FIGURES)).toEqual(['"35" in …Au total, 35 pays étaient représentés.…']);
  });

  it('flags a count spelled out, in either language', () => {
    expect(bareFigures('Vingt-sept dirigeants', FIGURES)).toHaveLength(1);
    expect(bareFigures('some twenty-six leaders', FIGURES)).toHaveLength(1);
  });

  it('lets dates, times, years, other numbers and component output through', () => {
    const prose =
      'Le 4 septembre 2025, puis le 6 janvier 2026 à 18:45 <Count id="states-seed" /> ; an army of 800,000 and 800 000 soldats; 15 years; on January 6.';
    expect(bareFigures(prose, FIGURES)).toEqual([]);
  });

  it('lets the numbers of an ordered list through, but not a count inside an item', () => {
    expect(
      bareFigures('<NumberedBlocks>\n\n1. **Un.** Texte.\n2. **Deux.** Texte.\n4. **Quatre.** Texte.\n\n</NumberedBlocks>', FIGURES),
    ).toEqual([]);
    expect(bareFigures('1. **Un.** Les 35 pays.', FIGURES)).toEqual(['"35" in …**Un.** Les 35 pays.…']);
  });

  it('spells numbers from 20 to 69', () => {
    expect(spelledOut(27)).toEqual(['vingt-sept', 'twenty-seven']);
    expect(spelledOut(21)).toEqual(['vingt et un', 'twenty-one']);
    expect(spelledOut(35)).toEqual(['trente-cinq', 'thirty-five']);
    expect(spelledOut(4)).toEqual([]);
  });
});
