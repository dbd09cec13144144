import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share.ts';

describe('shareLinks', () => {
  const url = 'https://example.org/articles/essentiel/';
  const title = 'L’essentiel du sommet & de Paris';
  const links = shareLinks(url, title);

  it('gives one link per target, each carrying the encoded address', () => {
    expect(links.map((link) => link.target)).toEqual(['email', 'whatsapp', 'bluesky', 'x', 'facebook', 'linkedin']);
    for (const link of links) expect(link.href).toContain(encodeURIComponent(url));
  });

  it('puts the title in the e-mail subject, with spaces as %20 (not +, which mail clients show)', () => {
    const email = links.find((link) => link.target === 'email')?.href ?? '';
    expect(email.startsWith('mailto:?')).toBe(true);
    expect(new URLSearchParams(email.slice('mailto:?'.length)).get('subject')).toBe(title);
    expect(email).not.toContain('+');
  });
});
