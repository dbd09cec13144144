import type { OgCard } from './og-card.ts';

/** What one build knows about its Open Graph images. */
export interface OgImageBuild {
  /** The card each article page asked for, by the image's URL path as the page links it. */
  requested: Map<string, OgCard>;
  /** How many cards were drawn and how many came from the cache. */
  rendered: number;
  cached: number;
}

/**
 * The Open Graph images of this build. Kept on `globalThis` because the build's page bundle
 * (which asks for the cards) and the integration that writes them each load their own copy of
 * the modules.
 */
export const ogImageBuild: OgImageBuild = ((globalThis as Record<symbol, unknown>)[Symbol.for('paris-summit-explainer.og-image-build')] ??=
  {
    requested: new Map(),
    rendered: 0,
    cached: 0,
  }) as OgImageBuild;
