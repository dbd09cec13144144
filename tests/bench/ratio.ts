/**
 * The benchmark's ratio of this site's build time per page to the reference's, taken pair by
 * pair: each warm build of the site over the reference build that ran right after it. The
 * machine's speed drifts from one minute to the next (the same build has taken 24 and 33 s), and
 * builds next to each other see the same machine, so the median of these ratios is steadier than
 * the ratio of the two cheapest builds, which may come from different minutes.
 */

/** A build's wall time and the HTML pages it wrote. */
export interface TimedBuild {
  ms: number;
  pages: number;
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The median over the pairs (site run k, reference run k) of the site's time per page over the reference's. */
export function pairedRatio(site: readonly TimedBuild[], reference: readonly TimedBuild[]): number {
  if (site.length !== reference.length)
    throw new Error(`paired ratio: ${site.length} site builds against ${reference.length} reference builds`);
  return median(
    site.map((build, index) => build.ms / build.pages / ((reference[index] as TimedBuild).ms / (reference[index] as TimedBuild).pages)),
  );
}

/**
 * Astro's own cost per page grows a little with N (bigger module graph and heap). The site is
 * not linear when its cost per extra page grows more than this factor beyond the reference's.
 */
export const LINEAR_TOLERANCE = 1.25;

/**
 * Whether the site's cost grows linearly with N, given how much its CPU cost per extra page grew
 * from the smallest step between sizes to the largest, and how much the reference's did. A cost
 * per extra page that falls is linear or better, so the reference excuses only growth above ×1:
 * a reference that got cheaper per page (a faster minute for its large build) is no bar.
 */
export function growsLinearly(siteGrowth: number, referenceGrowth: number): boolean {
  return siteGrowth <= LINEAR_TOLERANCE * Math.max(1, referenceGrowth);
}

/** Fewest warm builds of a short build: their minimum is what the cost per extra page between small sizes rests on. */
export const SHORT_BUILD_RUNS = 5;
/** A cold build under this is short: five warm ones of it cost about a minute. */
export const SHORT_BUILD_MS = 30_000;

/**
 * How many warm builds to make of one size: the number asked for, and at least SHORT_BUILD_RUNS
 * when the cold build was short. A second of noise on a 5 s build moves the cost per extra page
 * from N = 10 to 100 by 5 ms (a third of it), enough to call a linear site "not linear"; the
 * cheapest of five such builds moves far less, and short builds cost little to repeat.
 */
export function warmRunsFor(requested: number, coldMs: number): number {
  return coldMs < SHORT_BUILD_MS ? Math.max(requested, SHORT_BUILD_RUNS) : requested;
}
