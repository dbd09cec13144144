/**
 * Lets an MDX body link to another page of the site by its path from the site's root
 * (`[the US presence](/articles/presence-americaine/)`) whatever sub-path the site is deployed
 * under: a root-relative `href` gets the base path in front when the MDX compiles. The dist
 * checks then follow every such link, so a link to a page that does not exist fails the tests.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** `href` with the base path in front when it is a path from the site's root; other links as they are. */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return href.startsWith(`${prefix}/`) && prefix !== '' ? href : `${prefix}${href}`;
}

/** A plugin factory: every root-relative link of the document gets `base` in front. */
export function internalLinks(base: string): () => HastPluginDefinition {
  return () =>
    defineHastPlugin({
      name: 'internal-links',
      element: {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties['href'];
          if (typeof href === 'string') ctx.setProperty(node, 'href', withBase(href, base));
        },
      },
    });
}
