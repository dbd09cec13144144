/** Renders an Astro component in isolation (Container API), as inside a French or English article. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getSiteData } from '../../src/data/site-data.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/lib/content/schema.ts';

type Component = Parameters<AstroContainer['renderToString']>[0];

/**
 * Renders `component` with `props` and the context src/middleware.ts gives a page: its language,
 * its strings and the site's data (read afresh from the collections, as `astro dev` does), with
 * the sources in `cited` already numbered in that order, as if the text above had cited them.
 */
export async function renderInArticle(
  component: Component,
  props: Record<string, unknown>,
  lang: Lang,
  cited: string[] = [],
  slot?: string,
): Promise<string> {
  const container = await AstroContainer.create();
  const locals: App.Locals = {
    lang,
    t: uiStrings(lang),
    data: await getSiteData(),
    citations: { numbers: new Map(cited.map((id, index) => [id, index + 1])), seen: new Map() },
    file: 'content/articles/test.mdx',
  };
  return container.renderToString(component, {
    props,
    locals,
    ...(slot === undefined ? {} : { slots: { default: slot } }),
  });
}
