/**
 * The Markdown and MDX processor of the site: Astro's default (Sätteri) with the site's
 * compile-time plugins. Sätteri's own smart punctuation keeps its dashes and ellipses but not
 * its quotes: those are the typography plugin's, in the language of each article.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { Features } from 'satteri';
import { siteBase } from '../deploy-env.ts';
import { citeClusters } from './cite-clusters.ts';
import { headingAnchors } from './heading-anchors.ts';
import { internalLinks } from './internal-links.ts';
import { typography } from './typography.ts';

// The anchors first: a heading's id comes from its text as written, whatever the typography.
export const markdownHastPlugins = [headingAnchors, typography, internalLinks(siteBase(process.env)), citeClusters];

// Heading attributes: a heading may fix its own id (`## Qui a compté quoi {#qui-a-compte-quoi}`), for
// an anchor that other pages link to and that must not change with the heading's accents or wording.
export const markdownFeatures = { smartPunctuation: { quotes: false }, headingAttributes: true } satisfies Features;

export const markdownProcessor = satteri({ hastPlugins: markdownHastPlugins, features: markdownFeatures });
