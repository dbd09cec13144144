/**
 * Sets citation markers written side by side (`<Cite id="a" /> <Cite id="b" />`) as one tight
 * cluster, `[5][6]`, as a data component's `<Cite ids>` renders them: the spaces between two
 * `<Cite>` elements are dropped when the MDX compiles. Each number stays its own link.
 */
import type { Text } from 'hast';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

const isCite = (node: unknown): boolean =>
  typeof node === 'object' &&
  node !== null &&
  'type' in node &&
  node.type === 'mdxJsxTextElement' &&
  'name' in node &&
  node.name === 'Cite';

/** The plugin: removes each whitespace-only text node that stands between two `<Cite>` elements. */
export function citeClusters(): HastPluginDefinition {
  const gaps: Readonly<Text>[] = [];
  return defineHastPlugin({
    name: 'cite-clusters',
    text(node, ctx) {
      if (node.value.trim() !== '') return;
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node);
      if (!parent || index === undefined) return;
      if (isCite(parent.children[index - 1]) && isCite(parent.children[index + 1])) gaps.push(node);
    },
    after(_root, ctx) {
      for (const gap of gaps) ctx.removeNode(gap);
    },
  });
}
