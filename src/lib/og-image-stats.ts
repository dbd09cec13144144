/**
 * How many Open Graph images this process drew and how many it took from the cache. Kept on
 * `globalThis` because the build's page bundle and the integration that reports the figures
 * each load their own copy of the modules.
 */
export const ogImageStats: { rendered: number; cached: number } = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('paris-summit-explainer.og-image-stats')
] ??= { rendered: 0, cached: 0 }) as { rendered: number; cached: number };
