/**
 * `npm test`: every check in order, stopping at the first failure, then one closing line with
 * the real totals ("N passed, N failed") for CI to read.
 *   1. astro check (types, Astro diagnostics)
 *   2. Vitest (unit tests of src/lib and of the content checks)
 *   3. npm run build: astro build (runs the content integrity check first), then the Pagefind index
 *   4. dist checks (html-validate and internal links on every page)
 *   5. Playwright in Chromium (reading path, axe on every page, no-JS, 360 px)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_HELP } from './support/chromium.ts';

interface Totals {
  passed: number;
  failed: number;
}

const RESULTS = '.cache';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(command: string, args: string[]): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

function vitestTotals(): Totals | undefined {
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(`${RESULTS}/vitest-results.json`);
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
  {
    name: 'unit tests',
    run: () => run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/vitest-results.json`]),
    totals: vitestTotals,
  },
  { name: 'build', run: () => run('npm', ['run', 'build']) },
  {
    name: 'dist checks',
    run: () => run('node', ['tests/dist/check-dist.ts']),
    totals: () => readJson<Totals>(`${RESULTS}/dist-results.json`),
  },
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
