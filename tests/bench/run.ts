/**
 * `npm run bench`: the build benchmark (never part of `npm test`). For each N it writes N
 * synthetic articles per language next to the real data collections (tests/bench/synthetic.ts),
 * builds this site in a temporary copy and the bare reference site of tests/bench/reference/
 * from the same MDX, each cold (no build cache) then warm (the caches of the cold build kept,
 * Open Graph images included), the two taking turns (the site's build writes its Pagefind index too). It prints a table
 * and the marginal cost per page between sizes, and writes the figures to tests/bench/results/.
 *
 *   npm run bench                      N = 10, 100, 1000
 *   npm run bench -- --n 10,100        other sizes
 *   npm run bench -- --skip-reference  this site only
 *   npm run bench -- --keep            keep the temporary projects (to profile them)
 *   npm run bench -- --runs 3          three warm builds of each project, the cheapest kept
 *                                      (other work on the machine only ever adds time); sizes
 *                                      whose cold build is short get at least five
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { distStats, measureNode, type Measure } from './measure.ts';
import { cleanProject, createProject, packageBin, packageVersion, PROJECT_ROOT, type ProjectKind } from './projects.ts';
import { growsLinearly, LINEAR_TOLERANCE, pairedRatio, SHORT_BUILD_MS, SHORT_BUILD_RUNS, warmRunsFor } from './ratio.ts';
import { syntheticContent } from './synthetic.ts';
import { formatTable } from './table.ts';

/** The two builds of one project and what the warm one produced. */
interface Builds {
  dir: string;
  cold: Measure;
  /** The warm build with the least CPU time, of `warmRuns`. */
  warm: Measure;
  warmRuns: Measure[];
  pages: number;
  /** Warm build time divided by the pages it wrote. */
  msPerPage: number;
  /** Warm build CPU time divided by the pages it wrote: steadier than wall time on a busy machine. */
  cpuMsPerPage: number;
}

interface Row {
  n: number;
  site: Builds & { distMb: number };
  reference?: Builds;
  /** The site's time per page over the reference's (warm builds): the figure to drive down. */
  ratio?: number;
  /** The same ratio in CPU time. */
  cpuRatio?: number;
  /** The median of the ratios of each warm site build to the reference build right after it (see ratio.ts). */
  pairedRatio?: number;
}

/** Warm build cost of each extra page between two sizes. */
interface Marginal {
  from: number;
  to: number;
  msPerPage: number;
  cpuMsPerPage: number;
}

const RESULTS = join(PROJECT_ROOT, 'tests/bench/results');
const ASTRO = packageBin('astro');

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10,100,1000' },
    'skip-reference': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a whole number of warm builds, got "${values.runs}"`);
const sizes = values.n
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--n expects sizes such as 10,100,1000, got "${values.n}"`);

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

/** One throwaway project to build. */
interface Project {
  kind: ProjectKind;
  dir: string;
}

/** Builds one project, cold (no build cache) or warm, and says how long it took. */
function build({ kind, dir }: Project, n: number, state: 'cold' | 'warm'): Measure {
  cleanProject(dir, state === 'warm');
  process.stdout.write(`  N=${n} ${kind} ${state} build… `);
  const measure = measureNode(ASTRO, ['build'], dir, join(dir, `bench-${state}.log`));
  console.log(`${seconds(measure.ms)} s`);
  return measure;
}

/**
 * Builds each project cold, then warm `runs` times (at least five when the builds are short: see
 * `warmRunsFor`), the projects taking turns so that a machine getting busier weighs on all of
 * them alike; keeps each project's warm build with the least CPU time.
 */
function buildAll(projects: readonly Project[], n: number): Builds[] {
  const colds = projects.map((project) => build(project, n, 'cold'));
  const warmRuns = projects.map((): Measure[] => []);
  const count = warmRunsFor(runs, Math.max(...colds.map((cold) => cold.ms)));
  for (let run = 0; run < count; run++) projects.forEach((project, index) => warmRuns[index]?.push(build(project, n, 'warm')));
  return projects.map(({ dir }, index) => {
    const measures = warmRuns[index] ?? [];
    const warm = measures.reduce((cheapest, measure) => (measure.cpuMs < cheapest.cpuMs ? measure : cheapest));
    const { pages } = distStats(join(dir, 'dist'));
    return {
      dir,
      cold: colds[index] as Measure,
      warm,
      warmRuns: measures,
      pages,
      msPerPage: warm.ms / pages,
      cpuMsPerPage: warm.cpuMs / pages,
    };
  });
}

function benchSize(n: number): Row {
  const content = syntheticContent(PROJECT_ROOT, n);
  const projects: Project[] = [
    { kind: 'site', dir: createProject('site', content) },
    ...(values['skip-reference'] ? [] : [{ kind: 'reference' as const, dir: createProject('reference', content) }]),
  ];
  const [site, reference] = buildAll(projects, n) as [Builds, Builds | undefined];
  const row: Row = { n, site: { ...site, distMb: distStats(join(site.dir, 'dist')).mb } };
  if (reference) {
    row.reference = reference;
    row.ratio = site.msPerPage / reference.msPerPage;
    row.cpuRatio = site.cpuMsPerPage / reference.cpuMsPerPage;
    const timed = ({ warmRuns, pages }: Builds) => warmRuns.map(({ ms }) => ({ ms, pages }));
    row.pairedRatio = pairedRatio(timed(site), timed(reference));
  }
  const dirs = projects.map((project) => project.dir);
  if (values.keep) console.log(`  N=${n} projects kept: ${dirs.join(' ')}`);
  else for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return row;
}

/** Warm build time per extra page between consecutive sizes: constant when cost grows linearly with N. */
function marginalCosts(rows: readonly Row[], of: (row: Row) => Builds | undefined): Marginal[] {
  return rows.slice(1).flatMap((row, index) => {
    const [before, after] = [of(rows[index] as Row), of(row)];
    if (!before || !after || after.pages === before.pages) return [];
    const pages = after.pages - before.pages;
    return [
      {
        from: (rows[index] as Row).n,
        to: row.n,
        msPerPage: (after.warm.ms - before.warm.ms) / pages,
        cpuMsPerPage: (after.warm.cpuMs - before.warm.cpuMs) / pages,
      },
    ];
  });
}

/** How much the CPU cost per extra page grows from the first step between sizes to the last (CPU: wall time is too noisy for this). */
function growth(costs: readonly Marginal[]): number | undefined {
  const [first, last] = [costs[0], costs.at(-1)];
  return first && last && costs.length > 1 ? last.cpuMsPerPage / first.cpuMsPerPage : undefined;
}

function describeMarginal(label: string, costs: readonly Marginal[]): string {
  const steps = costs.map((cost) => `${cost.from}→${cost.to}: ${cost.msPerPage.toFixed(1)} ms (cpu ${cost.cpuMsPerPage.toFixed(1)})`);
  const factor = growth(costs);
  return `  ${label.padEnd(10)} ${steps.join('   ')}${factor === undefined ? '' : `   cpu grows ×${factor.toFixed(2)}`}`;
}

console.log(
  `Benchmark: N = ${sizes.join(', ')} articles per language, ${runs} warm build${runs > 1 ? 's' : ''} of each (at least ${SHORT_BUILD_RUNS} of a size whose cold build takes under ${SHORT_BUILD_MS / 1000} s), ${cpus().length} CPUs, Node ${process.versions.node}`,
);
const startedAt = new Date();
const rows = sizes.map(benchSize);

console.log(
  `\n${formatTable(
    [
      'N',
      'pages',
      'cold s',
      'warm s',
      'ms/page',
      'peak RSS MB',
      'dist MB',
      'ref pages',
      'ref cold s',
      'ref warm s',
      'ref ms/page',
      'ratio',
      'cpu ratio',
      'paired ratio',
    ],
    rows.map(({ n, site, reference, ratio, cpuRatio, pairedRatio: paired }) => [
      String(n),
      String(site.pages),
      seconds(site.cold.ms),
      seconds(site.warm.ms),
      site.msPerPage.toFixed(1),
      Math.max(site.cold.peakRssMb, site.warm.peakRssMb).toFixed(0),
      site.distMb.toFixed(1),
      ...(reference
        ? [String(reference.pages), seconds(reference.cold.ms), seconds(reference.warm.ms), reference.msPerPage.toFixed(1)]
        : ['–', '–', '–', '–']),
      ratio === undefined ? '–' : ratio.toFixed(2),
      cpuRatio === undefined ? '–' : cpuRatio.toFixed(2),
      paired === undefined ? '–' : paired.toFixed(2),
    ]),
  )}`,
);
console.log(
  `\nms/page and ratio: ${rows.some((row) => row.site.warmRuns.length > 1) ? 'the warm build with the least CPU time' : 'warm builds'}, wall time / HTML pages; cpu ratio: the same in CPU time;\n` +
    'paired ratio: the median, over the warm builds, of each site build against the reference build right after it.',
);
const marginal = { site: marginalCosts(rows, (row) => row.site), reference: marginalCosts(rows, (row) => row.reference) };
const growths = { site: growth(marginal.site), reference: growth(marginal.reference) };
if (marginal.site.length > 0) {
  console.log('Marginal cost per extra page, warm builds (constant when cost grows linearly with N):');
  console.log(describeMarginal('site', marginal.site));
  if (marginal.reference.length > 0) console.log(describeMarginal('reference', marginal.reference));
}
if (growths.site !== undefined && growths.reference !== undefined) {
  const linear = growsLinearly(growths.site, growths.reference);
  console.log(
    `${linear ? 'Linear' : 'NOT linear'}: the site's CPU cost per extra page grows ×${growths.site.toFixed(2)}, the reference's ×${growths.reference.toFixed(2)} (tolerance: ×${LINEAR_TOLERANCE} beyond the reference's growth, or beyond ×1 when the reference's cost per page fell).`,
  );
}
const busiest = Math.max(
  ...rows.flatMap(({ site, reference }) =>
    [site, reference ?? []].flat().flatMap((b) => [b.cold, ...b.warmRuns].map((run) => run.loadBefore)),
  ),
);
if (busiest > cpus().length / 2) {
  console.log(
    `The machine was busy (load average up to ${busiest.toFixed(1)} on ${cpus().length} CPUs): wall times are noisy; trust the CPU ratio more.`,
  );
}

mkdirSync(RESULTS, { recursive: true });
const file = join(RESULTS, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
const versions = { node: process.versions.node, astro: packageVersion('astro'), mdx: packageVersion('@astrojs/mdx') };
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: totalmem() / 1024 ** 3 };
writeFileSync(file, `${JSON.stringify({ startedAt, versions, machine, sizes, runs, rows, marginal, growths }, null, 2)}\n`);
console.log(`\nFigures written to ${file}`);
