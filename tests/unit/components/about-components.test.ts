import { describe, expect, it, vi } from 'vitest';
import AboutConventions from '../../../src/components/AboutConventions.astro';
import LegalNotice from '../../../src/components/LegalNotice.astro';
import { en } from '../../../src/i18n/en.ts';
import { readPublisher } from '../../../src/lib/publisher.ts';
import { renderInArticle } from '../../support/render.ts';

vi.mock('astro:content', () => import('../../support/mock-content.ts'));

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const settings = {
  PUBLISHER_NAME: "L'Exemple SAS",
  PUBLISHER_ADDRESS: '1 rue X, 75000 Paris',
  PUBLICATION_DIRECTOR: 'A. Editor',
  PUBLISHER_CONTACT: 'https://example.org/contact',
  HOSTING_PROVIDER: 'Example Hosting',
};
const publisher = readPublisher(settings);

describe('method page components', () => {
  it('AboutConventions pairs each label the site shows with its meaning, the note labels first', async () => {
    const html = await renderInArticle(AboutConventions, { lang: 'en' }, 'en');
    const terms = [...html.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((match) => match[1]);
    expect(terms.slice(0, 5)).toEqual(['Disputed', 'Unknown', 'Our reading', 'Source error', 'Background']);
    expect(terms).toContain(en.presence['agency-list']);
    expect(terms).toContain(en.level['not-given']);
    expect(terms).toHaveLength(5 + 4 + 4 + en.aboutWriting.length);
    expect(text(html)).toContain(`Disputed ${en.aboutNoteKinds.disputed}`);
    expect(html.match(/<h3/g)).toHaveLength(4);
  });

  it('Corrections adds a link to report an error, to the method page’s contact section, only when a publisher is set', async () => {
    const { default: Corrections } = await import('../../../src/components/Corrections.astro');
    expect(await renderInArticle(Corrections, { lang: 'fr', corrections: [] }, 'fr')).not.toContain('<a');
    for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
    vi.resetModules();
    try {
      const { default: WithPublisher } = await import('../../../src/components/Corrections.astro');
      const html = await renderInArticle(WithPublisher, { lang: 'en', corrections: [] }, 'en');
      expect(html).toMatch(/<a href="\/en\/about\/#contact"[^>]*>Report an error<\/a>/);
      expect(html).not.toContain('<h2');
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it('LegalNotice lists publisher, director, contact link and host, typeset in the page’s language', async () => {
    const html = await renderInArticle(LegalNotice, { publisher, lang: 'fr' }, 'fr');
    expect(text(html)).toBe(
      'Éditeur L’Exemple SAS 1 rue X, 75000 Paris Direction de la publication A. Editor Contact example.org/contact Hébergeur Example Hosting',
    );
    expect(html).toContain('href="https://example.org/contact"');
  });
});
