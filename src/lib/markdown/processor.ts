/** The Markdown and MDX processor of the site: Astro's default (Sätteri) with the site's compile-time plugin. */
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './heading-anchors.ts';

export const markdownHastPlugins = [headingAnchors];

export const markdownProcessor = satteri({ hastPlugins: markdownHastPlugins });
