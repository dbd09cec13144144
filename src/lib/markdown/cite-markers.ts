/**
 * Sets each note call of an MDX body (`<Cite … />`) right against the word it follows, as French
 * and English typography both want: the space typed before it in the source (`Starmer <Cite … />,`)
 * is dropped when the MDX compiles. Left in, it stayed in the text once the marker was taken out
 * (by the site search, which does not index the markers, or by a screen reader's text): « Starmer , comme ».
 */
import type { Text } from 'hast';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** Ordinary spaces and line ends, not the non-breaking spaces of French typography. */
const TRAILING_SPACE = /[ \t\r\n]+$/;

export function citeMarkers(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'cite-markers',
    mdxJsxTextElement: {
      filter: ['Cite'],
      visit(node, ctx) {
        const index = ctx.indexOf(node);
        const before = index === undefined || index === 0 ? undefined : ctx.parent(node).children[index - 1];
        if (before?.type !== 'text' || !TRAILING_SPACE.test(before.value)) return;
        const value = (before as Text).value.replace(TRAILING_SPACE, '');
        if (value === '') ctx.removeNode(before);
        else ctx.replaceNode(before, { type: 'text', value });
      },
    },
  });
}
