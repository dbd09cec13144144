/**
 * Preloaded (`node --import`) into each measured command: on exit, writes the process's resource
 * usage (peak resident memory, CPU time) as JSON to the file named by BENCH_USAGE_FILE.
 */
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env['BENCH_USAGE_FILE'];
if (file && isMainThread) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
