/**
 * Makes each `##` and `###` heading of an MDX body link to itself (`<h2 id="x"><a
 * class="heading-anchor" href="#x">…</a></h2>`), so every section has a deep link a reader can
 * copy. Done when the MDX compiles rather than by a component per heading when pages render.
 *
 * Astro gives headings their ids after this plugin runs (its own plugins come last), so this one
 * sets them first, exactly as Astro would: one GitHub slugger per document over every heading in
 * order, an id written in the source kept as it is. Astro then keeps these ids, and the headings
 * it reports (the table of contents) match the anchors.
 */
import GithubSlugger from 'github-slugger';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

const ANCHORED = new Set(['h2', 'h3']);

/** A plugin entry: satteri calls it once per document, so each document gets its own slugger. */
export function headingAnchors(): HastPluginDefinition {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const written = node.properties['id'];
        const id = typeof written === 'string' ? written : slugger.slug(ctx.textContent(node));
        if (!ANCHORED.has(node.tagName)) {
          if (typeof written !== 'string') ctx.setProperty(node, 'id', id);
          return;
        }
        const link = {
          type: 'element' as const,
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}` },
          children: node.children,
        };
        ctx.replaceNode(node, { ...node, properties: { ...node.properties, id }, children: [link] });
      },
    },
  });
}
