import { describe, expect, it } from 'vitest';
import { contactLink, MISSING_PUBLISHER, readPublisher } from '../../src/lib/publisher.ts';

const complete = {
  PUBLISHER_NAME: 'Example News SAS',
  PUBLICATION_DIRECTOR: 'A. Editor',
  PUBLISHER_CONTACT: 'corrections@example.org',
  HOSTING_PROVIDER: 'Example Hosting',
};

describe('readPublisher', () => {
  it('is undefined when no variable is set, or only blank ones (the page then shows no legal notice)', () => {
    expect(readPublisher({})).toBeUndefined();
    expect(readPublisher({ PUBLISHER_NAME: '  ', HOSTING_ADDRESS: '' })).toBeUndefined();
    expect(MISSING_PUBLISHER).toContain('PUBLISHER_NAME, PUBLICATION_DIRECTOR, PUBLISHER_CONTACT, HOSTING_PROVIDER');
  });

  it('reads the required details, trimmed, and leaves out the optional ones not set', () => {
    expect(readPublisher({ ...complete, PUBLISHER_NAME: ' Example News SAS ', SITE_URL: 'https://x.org' })).toEqual({
      name: 'Example News SAS',
      director: 'A. Editor',
      contact: { href: 'mailto:corrections@example.org', text: 'corrections@example.org' },
      host: 'Example Hosting',
    });
    expect(readPublisher({ ...complete, PUBLISHER_ADDRESS: '1 rue X, Paris', HOSTING_ADDRESS: '2 Road Y' })).toMatchObject({
      address: '1 rue X, Paris',
      hostAddress: '2 Road Y',
    });
  });

  it('refuses a half-filled notice, naming every missing variable', () => {
    expect(() => readPublisher({ PUBLISHER_NAME: 'Example News SAS', HOSTING_ADDRESS: '2 Road Y' })).toThrow(
      'The legal notice also needs PUBLICATION_DIRECTOR, PUBLISHER_CONTACT, HOSTING_PROVIDER: set',
    );
  });
});

describe('contactLink', () => {
  it('links an email address with mailto: and a web page by its address, shown without the scheme', () => {
    expect(contactLink('desk@example.org')).toEqual({ href: 'mailto:desk@example.org', text: 'desk@example.org' });
    expect(contactLink('https://example.org/contact')).toEqual({ href: 'https://example.org/contact', text: 'example.org/contact' });
    expect(contactLink('https://example.org')).toEqual({ href: 'https://example.org/', text: 'example.org' });
  });

  it('names the variable when the contact is neither', () => {
    expect(() => contactLink('call us')).toThrow('PUBLISHER_CONTACT must be an email address or an http(s) URL, got "call us"');
    expect(() => contactLink('javascript:alert(1)')).toThrow('PUBLISHER_CONTACT');
  });
});
