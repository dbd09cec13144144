import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCacheDir, cachedFile } from '../../src/lib/file-cache.ts';

describe('cachedFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'file-cache-')), 'not-yet-made');
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('makes a file once, creating its folder, then gives the stored one', async () => {
    const make = vi.fn(async () => new Uint8Array([1, 2, 3]));
    const first = await cachedFile(dir, 'abc.bin', make);
    expect(first).toEqual({ path: join(dir, 'abc.bin'), made: true });
    expect(await cachedFile(dir, 'abc.bin', make)).toEqual({ path: first.path, made: false });
    expect(make).toHaveBeenCalledTimes(1);
    expect([...(await readFile(first.path))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['abc.bin']);
  });

  it('stores one whole file when two pages ask for the same file at once, within one millisecond', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_767_657_600_000);
    const bytes = new Uint8Array(256 * 1024).fill(7);
    const both = await Promise.all([cachedFile(dir, 'same.bin', async () => bytes), cachedFile(dir, 'same.bin', async () => bytes)]);
    expect(both.map((file) => file.made)).toEqual([true, true]);
    expect((await readFile(join(dir, 'same.bin'))).equals(Buffer.from(bytes))).toBe(true);
    expect(await readdir(dir)).toEqual(['same.bin']);
  });

  it('stores nothing when making fails', async () => {
    await expect(cachedFile(dir, 'x.bin', () => Promise.reject(new Error('no font')))).rejects.toThrow('no font');
    await expect(readdir(dir)).rejects.toThrow(/ENOENT/);
  });
});

describe('buildCacheDir', () => {
  it('keeps every build cache under node_modules/.cache, which static hosts keep between builds', () => {
    expect(buildCacheDir('/site', 'og-images')).toBe(join('/site', 'node_modules', '.cache', 'og-images'));
  });
});
