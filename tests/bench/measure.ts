/** Runs one measured command and reads what it left behind. */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOCAL_SITE_URL } from '../../src/lib/deploy-env.ts';

/** The cost of one command. */
export interface Measure {
  /** Wall-clock time, node start-up included. */
  ms: number;
  /** CPU time (user + system) of the Node process. */
  cpuMs: number;
  /** Peak resident memory of the Node process. */
  peakRssMb: number;
  /** One-minute load average of the machine just before the run: other work makes the figures noisy. */
  loadBefore: number;
}

const USAGE_HOOK = new URL('./usage-hook.ts', import.meta.url).href;
const MB = 1024 * 1024;

/**
 * Runs the Node script `script` with `args` in `cwd`, its output to `log`; throws with the end of
 * the log when it fails.
 */
export function measureNode(script: string, args: readonly string[], cwd: string, log: string): Measure {
  const usageFile = join(cwd, '.bench-usage.json');
  rmSync(usageFile, { force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_USAGE_FILE: usageFile };
  // The local preview's URL and the root path, whatever the calling shell exports.
  env['SITE_URL'] = LOCAL_SITE_URL;
  delete env['BASE_PATH'];
  const output = openSync(log, 'w');
  const loadBefore = loadavg()[0] ?? 0;
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', USAGE_HOOK, script, ...args], { cwd, env, stdio: ['ignore', output, output] });
  const ms = performance.now() - start;
  closeSync(output);
  if (result.status !== 0 || !existsSync(usageFile)) {
    const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(`${script} ${args.join(' ')} failed in ${cwd} (full log: ${log}):\n${tail}`);
  }
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  return { ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssMb: usage.maxRSS / 1024, loadBefore };
}

/** The HTML pages in a build output folder and the size of everything in it. */
export function distStats(dist: string): { pages: number; mb: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (entry.name.endsWith('.html')) pages += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { pages, mb: bytes / MB };
}
