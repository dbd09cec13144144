import { describe, expect, it } from 'vitest';
import { articleProse, copiedPassages, hashShingle, normalisedWords, shingles } from '../../support/content-lint/originality.ts';

describe('originality', () => {
  const seed = 'Le sommet de Paris réunit les dirigeants de la coalition à l’Élysée ce mardi.';
  const seedHashes = new Set(shingles(normalisedWords(seed)).map(hashShingle));

  it('normalises case, accents and apostrophes', () => {
    expect(normalisedWords('L’Élysée, ÉTÉ !')).toEqual(['l', 'elysee', 'ete']);
  });

  it('finds a passage of eight words copied from the seed, whatever the case or accents', () => {
    expect(copiedPassages('Hier, le sommet de paris reunit les dirigeants de la coalition.', seedHashes)).toEqual([
      'le sommet de paris reunit les dirigeants de',
      'sommet de paris reunit les dirigeants de la',
      'de paris reunit les dirigeants de la coalition',
    ]);
  });

  it('lets seven copied words through', () => {
    expect(copiedPassages('Au fond, le sommet de Paris réunit les dirigeants, et voilà.', seedHashes)).toEqual([]);
  });

  it('exempts quotations and component tags', () => {
    const prose = articleProse('Il a dit « Le sommet de Paris réunit les dirigeants de la coalition » <Cite id="x" />.');
    expect(copiedPassages(prose, seedHashes)).toEqual([]);
  });
});
