import { buildShared } from './build-shared.ts';
import type { OgCard } from './og-card.ts';

/** What one build knows about its Open Graph images. */
export interface OgImageBuild {
  /** The card each article page asked for, by the image's URL path as the page links it. */
  requested: Map<string, OgCard>;
  /** How many cards were drawn and how many came from the cache. */
  rendered: number;
  cached: number;
}

/** The Open Graph images of this build: the page bundle asks for the cards, the integration writes them. */
export const ogImageBuild: OgImageBuild = buildShared<OgImageBuild>('og-image-build', () => ({
  requested: new Map(),
  rendered: 0,
  cached: 0,
}));
