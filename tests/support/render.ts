/** Renders an Astro component in isolation (Container API), as inside a French or English article. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { startCitations } from '../../src/data/citation-context.ts';
import { getSiteData } from '../../src/data/site-data.ts';
import type { Lang } from '../../src/lib/content/schema.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

/**
 * Renders `component` with `props` and the context an article page sets with `startCitations`:
 * its language, the numbers of its cited sources (in the order given) and the site's data (read
 * afresh from the collections, as `astro dev` does).
 */
export async function renderInArticle(
  component: Component,
  props: Record<string, unknown>,
  lang: Lang,
  cited: string[] = [],
  slot?: string,
): Promise<string> {
  const container = await AstroContainer.create();
  const locals: App.Locals = {};
  startCitations(locals, lang, cited, await getSiteData());
  return container.renderToString(component, {
    props,
    locals,
    ...(slot === undefined ? {} : { slots: { default: slot } }),
  });
}
