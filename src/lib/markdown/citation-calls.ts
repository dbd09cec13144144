/**
 * Compiles each `<Cite id="…" />` of an MDX body into a call of the `cite` prop the page passes to
 * the body's `Content`: `{props.cite("…")}`, which returns the numbered link. A citation then costs
 * one function call when the page renders instead of one Astro component (an article has forty).
 * Authors still write `<Cite id="…" />` (content/README.md); the content check has already
 * reported a `<Cite>` without a valid `id`, so this only refuses what the check would have.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';

/** The name of the `Content` prop that renders a citation. */
export const CITE_PROP = 'cite';

/** The expression a `<Cite id={sourceId} />` becomes. */
export function citationCall(sourceId: string): string {
  return `props.${CITE_PROP}(${JSON.stringify(sourceId)})`;
}

function citedId(node: MdxJsxTextElementHast | MdxJsxFlowElementHast, ctx: HastVisitorContext): string {
  const [attribute, ...others] = node.attributes;
  if (attribute?.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string' && others.length === 0) {
    return attribute.value;
  }
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an MDX body';
  throw new Error(`${file}: <Cite> takes exactly one attribute, id="…", written as a plain string`);
}

export const citationCalls = defineHastPlugin({
  name: 'citation-calls',
  mdxJsxTextElement: {
    filter: ['Cite'],
    visit(node, ctx) {
      ctx.replaceNode(node, { type: 'mdxTextExpression', value: citationCall(citedId(node, ctx)) });
    },
  },
  mdxJsxFlowElement: {
    filter: ['Cite'],
    visit(node, ctx) {
      ctx.replaceNode(node, { type: 'mdxFlowExpression', value: citationCall(citedId(node, ctx)) });
    },
  },
});
