/** The Markdown and MDX processor of the site: Astro's default (Sätteri) with the site's compile-time plugin. */
import { satteri } from '@astrojs/markdown-satteri';
import { siteBase } from '../deploy-env.ts';
import { headingAnchors } from './heading-anchors.ts';
import { internalLinks } from './internal-links.ts';

export const markdownHastPlugins = [headingAnchors, internalLinks(siteBase(process.env))];

export const markdownProcessor = satteri({ hastPlugins: markdownHastPlugins });
