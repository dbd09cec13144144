/** Renders an Astro component in isolation (Container API), as inside a French or English article. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Lang } from '../../src/lib/content/schema.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

/**
 * Renders `component` with `props` and the article context an article page sets: its language
 * and the numbers of its cited sources (in the order given).
 */
export async function renderInArticle(
  component: Component,
  props: Record<string, unknown>,
  lang: Lang,
  cited: string[] = [],
  slot?: string,
): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(component, {
    props,
    locals: { lang, citations: { numbers: new Map(cited.map((id, index) => [id, index + 1])), seen: new Map() } },
    ...(slot === undefined ? {} : { slots: { default: slot } }),
  });
}
