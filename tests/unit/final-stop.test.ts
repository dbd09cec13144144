import { describe, expect, it } from 'vitest';
import { splitFinalStop } from '../../src/lib/final-stop.ts';

describe('splitFinalStop', () => {
  it('splits off the closing full stop', () => {
    expect(splitFinalStop('Pas de troupes, selon Polska Zbrojna.')).toEqual({ body: 'Pas de troupes, selon Polska Zbrojna', stop: '.' });
  });

  it('leaves a sentence without one whole, and a full stop inside the sentence where it is', () => {
    expect(splitFinalStop('Le 6 janv. à Paris')).toEqual({ body: 'Le 6 janv. à Paris', stop: '' });
    expect(splitFinalStop('Un texte « cité »')).toEqual({ body: 'Un texte « cité »', stop: '' });
  });

  it('splits off only the last of an ellipsis typed as dots', () => {
    expect(splitFinalStop('Et ensuite...')).toEqual({ body: 'Et ensuite..', stop: '.' });
  });
});
