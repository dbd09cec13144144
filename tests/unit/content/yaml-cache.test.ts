import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yamlCache } from '../../../src/lib/content/yaml-cache.ts';
import { parseYaml } from '../../../src/lib/content/yaml.ts';

describe('yamlCache', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yaml-cache-'));
    file = join(dir, 'nested', 'yaml.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const entries = async (): Promise<string[]> =>
    Object.values((JSON.parse(await readFile(file, 'utf8')) as { entries: Record<string, string> }).entries);

  it('parses like parseYaml and gives the same values back from the file in a later build', async () => {
    const text = 'title: Qui était là\npublished: 2026-11-25\ntags: [a, b]\n';
    const first = yamlCache(file);
    expect(first.parse(text)).toEqual(parseYaml(text));
    first.save();
    expect(await entries()).toEqual([JSON.stringify(parseYaml(text))]);
    expect(yamlCache(file).parse(text)).toEqual({ title: 'Qui était là', published: '2026-11-25', tags: ['a', 'b'] });
  });

  it('keeps only the texts of the last run', async () => {
    const first = yamlCache(file);
    first.parse('a: 1');
    first.parse('b: 2');
    first.save();
    const second = yamlCache(file);
    second.parse('b: 2');
    second.save();
    expect(await entries()).toEqual(['{"b":2}']);
  });

  it('does not keep a value JSON cannot carry, and lets parse errors through', async () => {
    const cache = yamlCache(file);
    expect(cache.parse('n: .nan')).toEqual({ n: Number.NaN });
    expect(() => cache.parse('a: 1\na: 2')).toThrow(/unique/i);
    cache.save();
    expect(await entries()).toEqual([]);
  });

  it('starts empty from a missing file, an unreadable one or one of another format', async () => {
    expect(yamlCache(join(dir, 'absent.json')).parse('a: 1')).toEqual({ a: 1 });
    await mkdir(dirname(file), { recursive: true });
    for (const content of ['not json', JSON.stringify({ format: 0, entries: { x: '"stale"' } })]) {
      await writeFile(file, content);
      const cache = yamlCache(file);
      expect(cache.parse('a: 1')).toEqual({ a: 1 });
      cache.save();
      expect(await entries()).toEqual(['{"a":1}']);
    }
  });
});
