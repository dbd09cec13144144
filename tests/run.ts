/**
 * `npm test`: every check in order, stopping at the first failure, then one closing line with
 * the real totals ("N passed, N failed") for CI to read.
 *   1. astro check (types, Astro diagnostics), then ESLint (npm run lint)
 *   2. Vitest, project unit (src/lib, components, the content checks)
 *   3. the site built under a sub-path (BASE_PATH=/explainer/): dist checks and the browser tests
 *      that follow URLs (reading path, search, sharing)
 *   4. npm run build: astro build (the content integrity check first, the Pagefind index last)
 *   5. Vitest, project dist (tests/dist/: html-validate, links, sharing tags, JSON-LD, feeds, sitemap, open data, search index)
 *   6. Playwright in Chromium (reading path, axe on every page, no-JS, 320 px, budgets, sharing, CSP)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { LOCAL_SITE_URL } from '../src/lib/deploy-env.ts';
import { findChromium, NO_CHROMIUM_HELP } from './support/chromium.ts';

interface Totals {
  passed: number;
  failed: number;
}

const RESULTS = '.cache';
/** The tests build for the local preview's URL unless the caller sets a public one. */
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env['SITE_URL'] || LOCAL_SITE_URL };

/** The same site deployed under a sub-path, as on GitHub Pages. */
const SUB_PATH = { BASE_PATH: '/explainer/', SITE_URL: 'https://example.github.io' };
/** The browser tests that exercise URLs (navigation, search bundle, share script, headers) rather than page content. */
const SUB_PATH_SPECS = ['reading', 'search', 'search-results', 'sharing'].map((name) => `tests/e2e/${name}.spec.ts`);

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  const prefix = Object.entries(extraEnv)
    .map(([key, value]) => `${key}=${value} `)
    .join('');
  console.log(`\n▶ ${prefix}${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status === 0;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** One Vitest project, with a JSON report for the totals. */
function vitest(project: 'unit' | 'dist', extraEnv: Record<string, string> = {}): boolean {
  const report = `--outputFile.json=${RESULTS}/vitest-${project}.json`;
  return run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', report], extraEnv);
}

function vitestTotals(project: 'unit' | 'dist'): Totals | undefined {
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(`${RESULTS}/vitest-${project}.json`);
  return report && { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightTotals(): Totals | undefined {
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(`${RESULTS}/playwright-results.json`);
  return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
}

function ensureChromium(): boolean {
  if (findChromium()) return true;
  console.log('No Chromium found: trying `npx playwright install chromium`.');
  if (run('npx', ['playwright', 'install', 'chromium']) && findChromium()) return true;
  console.error(NO_CHROMIUM_HELP);
  return false;
}

const steps: { name: string; run: () => boolean; totals?: () => Totals | undefined }[] = [
  { name: 'astro check', run: () => run('npx', ['astro', 'check']) },
  { name: 'lint', run: () => run('npm', ['run', 'lint']) },
  { name: 'unit tests', run: () => vitest('unit'), totals: () => vitestTotals('unit') },
  // First the site under a sub-path (so dist/ ends in its default shape): no link, asset, feed,
  // sitemap or image URL may escape the base.
  { name: 'sub-path build', run: () => run('npm', ['run', 'build'], SUB_PATH) },
  { name: 'sub-path dist checks', run: () => vitest('dist', SUB_PATH), totals: () => vitestTotals('dist') },
  {
    name: 'sub-path browser tests',
    run: () => ensureChromium() && run('npx', ['playwright', 'test', ...SUB_PATH_SPECS], SUB_PATH),
    totals: playwrightTotals,
  },
  { name: 'build', run: () => run('npm', ['run', 'build']) },
  { name: 'dist checks', run: () => vitest('dist'), totals: () => vitestTotals('dist') },
  { name: 'browser tests', run: () => ensureChromium() && run('npx', ['playwright', 'test']), totals: playwrightTotals },
];

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const totals: Totals = { passed: 0, failed: 0 };
let failedStep: string | undefined;
for (const step of steps) {
  const ok = step.run();
  const counted = step.totals?.();
  if (counted) {
    totals.passed += counted.passed;
    totals.failed += counted.failed;
  } else {
    totals[ok ? 'passed' : 'failed'] += 1;
  }
  if (!ok) {
    if (counted?.failed === 0) totals.failed += 1;
    failedStep = step.name;
    break;
  }
}

console.log(failedStep ? `\nnpm test stopped: ${failedStep} failed.` : '\nnpm test: every step passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStep ? 1 : 0);
