/** The Markdown and MDX processor of the site: Astro's default (Sätteri) with the site's two compile-time plugins. */
import { satteri } from '@astrojs/markdown-satteri';
import { citationCalls } from './citation-calls.ts';
import { headingAnchors } from './heading-anchors.ts';

export const markdownHastPlugins = [citationCalls, headingAnchors];

export const markdownProcessor = satteri({ hastPlugins: markdownHastPlugins });
