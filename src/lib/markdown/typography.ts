/**
 * Typesets the text of an MDX body in its language (`typeset`, src/lib/typography.ts) when it
 * compiles: curly apostrophes, quotes in the page language's marks, French spacing. Only text
 * nodes change, so attributes, URLs, component props and expressions stay as written; text in
 * code (`code`, `pre`, `kbd`, `samp`) is left alone too.
 *
 * The language is the frontmatter's `lang` (every article has one); a document without it is
 * left as it is. Each text node is typeset on its own: a quotation mark alone between two inline
 * elements (`"*mot*"`) has no word beside it to tell which way it faces and stays as typed.
 */
import type { Parents, Text } from 'hast';
import { defineHastPlugin, type HastPluginDefinition, type HastVisitorContext, type PluginFactoryContext } from 'satteri';
import { LANGS, type Lang } from '../content/schema.ts';
import { typeset } from '../typography.ts';

const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** The language in the frontmatter that Astro hands to the plugins, if it is one of the site's. */
function frontmatterLang(data: PluginFactoryContext['data']): Lang | undefined {
  const astro = data['astro'] as { frontmatter?: { lang?: unknown } } | undefined;
  const lang = astro?.frontmatter?.lang;
  return LANGS.find((known) => known === lang);
}

function inCode(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && CODE.has(parent.tagName)) return true;
  }
  return false;
}

/** A plugin entry: satteri calls it once per document, which gives the document's language. */
export function typography(factory: PluginFactoryContext): HastPluginDefinition | null {
  const lang = frontmatterLang(factory.data);
  if (!lang) return null;
  return defineHastPlugin({
    name: 'typography',
    text(node, ctx) {
      const value = typeset(node.value, lang);
      if (value !== node.value && !inCode(node, ctx)) ctx.replaceNode(node, { type: 'text', value });
    },
  });
}
