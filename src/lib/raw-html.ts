/** HTML that MDX content writes as it is: a JSX fragment with `set:html`, Astro's public way. */
import { Fragment, jsx } from 'astro/jsx-runtime';

export function rawHtml(html: string): unknown {
  return jsx(Fragment, { 'set:html': html });
}
