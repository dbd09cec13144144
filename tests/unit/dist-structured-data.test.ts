import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { expectedSchemaType, structuredDataProblems as problemsOf } from '../support/structured-data.ts';

const structuredDataProblems = (html: string, expected?: Parameters<typeof problemsOf>[1]): string[] => problemsOf(load(html), expected);
const block = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const PERSON = { '@context': 'https://schema.org', '@type': 'Person', name: 'A', jobTitle: 'B', url: 'https://x.org/p/' };

describe('structuredDataProblems', () => {
  it('accepts a complete block of the expected type', () => {
    expect(structuredDataProblems(block(PERSON), 'Person')).toEqual([]);
  });

  it('reports a missing page type, a missing property, a bad date, a wrong context and invalid JSON', () => {
    expect(structuredDataProblems('<p>no data</p>', 'Person')).toEqual(['no JSON-LD Person']);
    expect(structuredDataProblems(block({ ...PERSON, jobTitle: '' }))).toEqual(['JSON-LD Person: no jobTitle']);
    expect(
      structuredDataProblems(
        block({
          '@context': 'http://schema.org',
          '@type': 'Event',
          name: 'S',
          startDate: '6 January 2026',
          location: {},
          eventStatus: 'x',
          eventAttendanceMode: 'y',
          organizer: {},
        }),
      ),
    ).toEqual(['JSON-LD Event: @context is not https://schema.org', 'JSON-LD Event: startDate "6 January 2026" is not an ISO 8601 date']);
    expect(structuredDataProblems('<script type="application/ld+json">{"a":</script>')[0]).toMatch(/^JSON-LD does not parse/);
    expect(structuredDataProblems(block({ ...PERSON, '@type': 'Thing' }))).toEqual(['JSON-LD: unexpected @type "Thing"']);
  });
});

describe('expectedSchemaType', () => {
  it('maps home pages to Event, articles to NewsArticle and who’s-who entries to Person', () => {
    expect(expectedSchemaType('index.html')).toBe('Event');
    expect(expectedSchemaType('en/index.html')).toBe('Event');
    expect(expectedSchemaType('articles/essentiel/index.html')).toBe('NewsArticle');
    expect(expectedSchemaType('en/whos-who/macron/index.html')).toBe('Person');
    expect(expectedSchemaType('qui-est-qui/index.html')).toBeUndefined();
    expect(expectedSchemaType('carte/index.html')).toBeUndefined();
  });
});
