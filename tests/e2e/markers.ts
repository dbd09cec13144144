import type { Locator } from '@playwright/test';

/**
 * The source ids the citation markers inside `scope` link to, sorted: what a passage cites, as a
 * multiset (a cluster of markers shows its numbers in order, not in the order the data lists them).
 */
export const markerSources = (scope: Locator): Promise<string[]> =>
  scope
    .locator('sup a')
    .evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').replace('#source-', '')))
    .then((ids) => ids.sort());

/** `ids` sorted, to compare with `markerSources`. */
export const cited = (ids: readonly string[]): string[] => [...ids].sort();
