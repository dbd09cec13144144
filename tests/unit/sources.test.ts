import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/content/schema.ts';
import { publisherName } from '../../src/lib/sources.ts';

const source = (id: string, extra: Partial<Source> = {}): Source => ({
  id,
  publisher: `Publisher ${id}`,
  url: `https://example.org/${id}`,
  date: '2026-01-06',
  language: 'en',
  kind: 'press',
  ...extra,
});

describe('publisherName', () => {
  it('gives an outlet’s name as written, and an institution’s name in the reader’s language', () => {
    expect(publisherName(source('x', { publisher: 'The Pioneer' }), 'fr')).toBe('The Pioneer');
    const ukraine = source('ua', { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' } });
    expect(publisherName(ukraine, 'fr')).toBe('Présidence de l’Ukraine');
    expect(publisherName(ukraine, 'en')).toBe('President of Ukraine');
  });
});
