/**
 * Compiles MDX with the site's Markdown plugins and features, as Astro does (Sätteri, Astro's heading ids last),
 * and evaluates it with a JSX runtime that writes HTML strings: enough to see what the plugins
 * make of a body, without Astro. Components (`props.components`) are called as plain functions.
 */
import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { evaluate, type HastPluginList } from 'satteri';
import { markdownFeatures, markdownHastPlugins } from '../../src/lib/markdown/processor.ts';

type Props = { children?: unknown } & Record<string, unknown>;

const FRAGMENT = Symbol('fragment');
const text = (children: unknown): string =>
  Array.isArray(children) ? children.map(text).join('') : children == null ? '' : String(children);
const attributes = (props: Props): string =>
  Object.entries(props)
    .filter(([name]) => name !== 'children')
    .map(([name, value]) => ` ${name === 'className' ? 'class' : name}="${Array.isArray(value) ? value.join(' ') : String(value)}"`)
    .join('');

function jsx(type: unknown, input: unknown): string {
  const props = input as Props;
  if (type === FRAGMENT) return text(props.children);
  if (typeof type === 'function') return String(type(props));
  return `<${String(type)}${attributes(props)}>${text(props.children)}</${String(type)}>`;
}

interface Options {
  /** The MDX props (such as `components`). */
  props?: Record<string, unknown>;
  /** The plugins that run before Astro's heading ids: the site's by default. */
  plugins?: HastPluginList;
  /** The document's frontmatter, as Astro hands it to the plugins (`lang` sets the typography). */
  frontmatter?: Record<string, unknown>;
}

/** The HTML of an MDX body and the headings Astro reports for it. */
export function mdxHtml(
  source: string,
  { props = {}, plugins = markdownHastPlugins, frontmatter = {} }: Options = {},
): { html: string; headings: SatteriAstroData['headings'] } {
  const astro: SatteriAstroData = { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
  const module = evaluate(source, {
    Fragment: FRAGMENT,
    jsx,
    jsxs: jsx,
    hastPlugins: [...plugins, satteriHeadingIdsPlugin()],
    features: markdownFeatures,
    data: { astro },
  }) as Record<string, unknown>;
  const Content = module['default'] as (props: Record<string, unknown>) => string;
  return { html: Content(props), headings: astro.headings };
}
