/**
 * Typesets the text of an MDX body in its language (`typeset`, src/lib/typography.ts) when it
 * compiles: curly apostrophes, quotes in the page language's marks, French spacing. Only text
 * nodes change, so attributes, URLs, component props and expressions stay as written; text in
 * code (`code`, `pre`, `kbd`, `samp`) is left alone too.
 *
 * The language is the frontmatter's `lang` (every article has one); a document without it is
 * left as it is. The text nodes of a document are typeset together, in one call, each on a line
 * of its own (typograf's cost is mostly per call: one call per node made an article 13 ms slower
 * to compile), so a quote opened before an inline element and closed after it pairs up. A
 * straight quotation mark right against an inline element (`"*mot*"`) has no word beside it to
 * tell which way it faces: type « » or “ ” there.
 */
import type { Parents, Text } from 'hast';
import { defineHastPlugin, type HastPluginDefinition, type HastVisitorContext, type PluginFactoryContext } from 'satteri';
import { LANGS, type Lang } from '../content/schema.ts';
import { typeset } from '../typography.ts';

const CODE = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** Between two text nodes in the one text typeset: a line of its own, which no rule changes. */
const BETWEEN_NODES = '\n\ue000\n';

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

/** The typeset values of `texts`, in order: in one call, or one by one should a rule ever touch the separator. */
function typesetAll(texts: readonly string[], lang: Lang): string[] {
  const together = typeset(texts.join(BETWEEN_NODES), lang).split(BETWEEN_NODES);
  return together.length === texts.length ? together : texts.map((text) => typeset(text, lang));
}

/** A plugin entry: satteri calls it once per document, which gives the document's language. */
export function typography(factory: PluginFactoryContext): HastPluginDefinition | null {
  const lang = frontmatterLang(factory.data);
  if (!lang) return null;
  // The visitor only gathers the text nodes (satteri hands them over cheaply); `after` typesets them all at once.
  const texts: Readonly<Text>[] = [];
  return defineHastPlugin({
    name: 'typography',
    text(node, ctx) {
      if (!inCode(node, ctx)) texts.push(node);
    },
    after(_root, ctx) {
      const values = typesetAll(
        texts.map((text) => text.value),
        lang,
      );
      texts.forEach((text, index) => {
        const value = values[index] ?? text.value;
        if (value !== text.value) ctx.replaceNode(text, { type: 'text', value });
      });
    },
  });
}
