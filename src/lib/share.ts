/** Share links for an article: plain URLs that work without JavaScript and load nothing until clicked. */

export type ShareTarget = 'email' | 'whatsapp' | 'bluesky' | 'x' | 'facebook' | 'linkedin';

export interface ShareLink {
  target: ShareTarget;
  href: string;
}

const query = (params: Record<string, string>): string => new URLSearchParams(params).toString().replace(/\+/g, '%20');

/**
 * One link per share target, each carrying the article's title and URL.
 * @param url the article's absolute URL
 * @param title the article's title
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const text = `${title} ${url}`;
  return [
    { target: 'email', href: `mailto:?${query({ subject: title, body: url })}` },
    { target: 'whatsapp', href: `https://wa.me/?${query({ text })}` },
    { target: 'bluesky', href: `https://bsky.app/intent/compose?${query({ text })}` },
    { target: 'x', href: `https://x.com/intent/post?${query({ text: title, url })}` },
    { target: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}` },
    { target: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}` },
  ];
}
