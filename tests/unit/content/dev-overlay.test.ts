/**
 * `astro dev` and a content error: the dev server starts on a copy of the project in which a person
 * cites a source that does not exist; the page answers with the error and Astro's overlay receives
 * the content check's message (file, field, value); once the file is fixed the same page is served
 * again, without a restart. The same when the error is made while the server runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = '/qui-est-qui/';
const PEOPLE = 'content/people.yaml';
const GOOD = 'roleSources: [elysee-2026-01-06]';
const BAD = 'roleSources: [le-monde-1999]';
const SCHEMA_ERROR = 'content/people.yaml › people[macron].roleSources: at least one source is required';
const EXPECTED = 'content/people.yaml › people[macron].roleSources[0] = "le-monde-1999": unknown source id: no such entry';

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `check` every 250 ms until it returns true, for at most `seconds`. */
async function waitFor(what: string, check: () => Promise<boolean>, seconds = 30): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('astro dev with a content error', () => {
  const root = mkdtempSync(join(tmpdir(), 'dev-overlay-'));
  const errors: string[] = [];
  let server: ChildProcess | undefined;
  let socket: WebSocket | undefined;
  let origin = '';
  // A request that meets a reload in progress may hang: the next one is sent after 5 s.
  const status = async () => (await fetch(`${origin}${PAGE}`, { signal: AbortSignal.timeout(5000) })).status;
  const people = () => readFileSync(join(root, PEOPLE), 'utf8');

  beforeAll(async () => {
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
      cpSync(join(PROJECT, item), join(root, item), { recursive: true });
    symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
    // The server starts with the error in the content.
    expect(people()).toContain(GOOD);
    writeFileSync(join(root, PEOPLE), people().replace(GOOD, BAD));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      // Vitest's own variables (NODE_ENV=test, VITEST…) left out: the server runs as `npm run dev` would.
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    });
    await waitFor('the dev server, answering with the error', async () => (await status()) === 500, 45);
    // Astro's overlay receives errors through Vite's HMR socket, as the browser does.
    const client = await (await fetch(`${origin}/@vite/client`)).text();
    const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
    socket = new WebSocket(`ws://127.0.0.1:${port}/?token=${token}`, 'vite-hmr');
    socket.addEventListener('message', (event) => {
      const payload = JSON.parse(String(event.data)) as { type: string; err?: { message: string; hint?: string } };
      // The overlay shows the message as HTML.
      if (payload.type === 'error' && payload.err) errors.push(load(payload.err.message).text());
    });
    await new Promise((resolve) => socket?.addEventListener('open', resolve));
  }, 60_000);

  afterAll(() => {
    socket?.close();
    server?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('starts with the problem, shows it in the overlay, then serves the page once the file is fixed', async () => {
    // The overlay connects after the error: Vite sends it the error on connection.
    await waitFor('the overlay message', async () => errors.some((error) => error.includes(EXPECTED)), 10);
    expect(errors.find((error) => error.includes(EXPECTED))).toMatch(/^Content check failed: 1 problem to fix\./);
    writeFileSync(join(root, PEOPLE), people().replace(BAD, GOOD));
    await waitFor('the page', async () => (await status()) === 200);
  }, 60_000);

  it('shows a problem made while it runs, then serves the page again once the file is fixed', async () => {
    errors.length = 0;
    writeFileSync(join(root, PEOPLE), people().replace(GOOD, BAD));
    await waitFor('the error page', async () => (await status()) === 500);
    await waitFor('the overlay message', async () => errors.some((error) => error.includes(EXPECTED)), 10);
    expect(errors.find((error) => error.includes(EXPECTED))).toMatch(/^Content check failed: 1 problem to fix\./);

    writeFileSync(join(root, PEOPLE), people().replace(BAD, GOOD));
    await waitFor('the page again', async () => (await status()) === 200);
  }, 60_000);

  it('shows an entry that does not match its schema in the overlay, and keeps serving', async () => {
    writeFileSync(join(root, PEOPLE), people().replace(GOOD, 'roleSources: []'));
    await waitFor('the overlay message', async () => errors.some((error) => error.includes(SCHEMA_ERROR)), 15);
    writeFileSync(join(root, PEOPLE), people().replace('roleSources: []', GOOD));
    await waitFor('the page again', async () => (await status()) === 200);
  }, 60_000);
});
