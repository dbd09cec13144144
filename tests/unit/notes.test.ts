import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { notesLabel } from '../../src/lib/notes.ts';

describe('notesLabel', () => {
  const fr = uiStrings('fr').noteKind;
  it('names each kind once, in order, the first as labelled and the others in lower case', () => {
    expect(notesLabel([{ kind: 'unknown' }, { kind: 'disputed' }], fr, 'fr')).toBe('Inconnu / contesté');
    expect(notesLabel([{ kind: 'disputed' }, { kind: 'disputed' }, { kind: 'unknown' }], fr, 'fr')).toBe('Contesté / inconnu');
    expect(notesLabel([{ kind: 'unknown' }, { kind: 'disputed' }], uiStrings('en').noteKind, 'en')).toBe('Unknown / disputed');
  });
  it('is the kind’s own label for one note', () => {
    expect(notesLabel([{ kind: 'unknown' }], fr, 'fr')).toBe('Inconnu');
  });
});
