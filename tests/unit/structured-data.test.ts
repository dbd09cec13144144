import { describe, expect, it } from 'vitest';
import { jsonLdText, newsArticle, personLd, siteOrganisation, summitEvent } from '../../src/lib/structured-data.ts';
import { sampleSource } from '../support/sample-data.ts';

const source = sampleSource;

const publisher = siteOrganisation('The Paris summit, explained', 'https://example.org/en/');

describe('newsArticle', () => {
  const base = {
    headline: 'Who came',
    description: 'The delegations',
    lang: 'en' as const,
    url: 'https://example.org/en/articles/who-came/',
    published: '2026-11-25',
    publisher,
    sources: [source('a', { title: 'Title A', url: 'https://a.example/1' }), source('b')],
  };

  it('carries headline, language, dates, author, publisher and the citations in order', () => {
    const data = newsArticle(base);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Who came',
      inLanguage: 'en',
      datePublished: '2026-11-25',
      dateModified: '2026-11-25',
      author: { '@type': 'NewsMediaOrganization', name: 'The Paris summit, explained' },
      publisher: { url: 'https://example.org/en/' },
    });
    expect(data['citation']).toEqual([
      expect.objectContaining({ name: 'Title A', url: 'https://a.example/1', publisher: { '@type': 'Organization', name: 'Publisher a' } }),
      expect.objectContaining({ name: 'Publisher b', url: 'https://example.org/b' }),
    ]);
  });

  it('names a cited institution in the article’s language and gives no date for an undated source', () => {
    const ukraine = source('ua', { publisher: { fr: 'Présidence de l’Ukraine', en: 'President of Ukraine' }, date: undefined });
    const [fr] = newsArticle({ ...base, lang: 'fr', sources: [ukraine] })['citation'] as object[];
    expect(fr).toMatchObject({ name: 'Présidence de l’Ukraine', publisher: { name: 'Présidence de l’Ukraine' } });
    expect(fr).not.toHaveProperty('datePublished');
    expect(newsArticle({ ...base, sources: [ukraine] })['citation']).toEqual([expect.objectContaining({ name: 'President of Ukraine' })]);
  });

  it('uses the update date as dateModified and lists the image when there is one', () => {
    const data = newsArticle({ ...base, updated: '2026-12-01', image: 'https://example.org/og.png' });
    expect(data['dateModified']).toBe('2026-12-01');
    expect(data['image']).toEqual(['https://example.org/og.png']);
    expect(newsArticle(base)).not.toHaveProperty('image');
  });
});

describe('summitEvent', () => {
  it('describes a one-day offline event at the given place, organised by the host', () => {
    const data = summitEvent({
      name: 'Summit',
      description: 'A meeting',
      date: '2026-01-06',
      place: 'Élysée Palace, Paris',
      hostName: 'Host Name',
      url: 'https://example.org/en/',
      lang: 'en',
    });
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2026-01-06',
      endDate: '2026-01-06',
      location: { '@type': 'Place', name: 'Élysée Palace, Paris' },
      organizer: { '@type': 'Person', name: 'Host Name' },
    });
  });
});

describe('personLd', () => {
  it('names the person and their role, and the organisation only when there is one', () => {
    const withOrg = personLd({ name: 'A B', jobTitle: 'President', url: 'https://example.org/p/', organisation: 'European Union' });
    expect(withOrg).toMatchObject({ '@type': 'Person', name: 'A B', jobTitle: 'President', affiliation: { name: 'European Union' } });
    expect(personLd({ name: 'A B', jobTitle: 'President', url: 'https://example.org/p/' })).not.toHaveProperty('affiliation');
  });
});

describe('jsonLdText', () => {
  it('round-trips through JSON.parse and cannot close the script element', () => {
    const data = personLd({ name: '</script><script>alert(1)</script>', jobTitle: 'x', url: 'https://example.org/' });
    const text = jsonLdText(data);
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(data);
  });
});
