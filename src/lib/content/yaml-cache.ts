/**
 * A memory for `parseYaml` between builds: the content check parses the frontmatter of every
 * article on each build, and a newsroom's archive mostly does not change from one build to the
 * next. Results are kept by a digest of the text, in one JSON file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseYaml } from './yaml.ts';

/** Bump when `parseYaml` changes what it returns, so that no older result is reused. */
const FORMAT = 1;

interface CacheFile {
  format: number;
  /** The JSON text of each parsed value, by sha256 of the YAML text. */
  entries: Record<string, string>;
}

export interface YamlCache {
  /** Parses like `parseYaml`, from memory when the same text was parsed before. */
  parse: (text: string) => unknown;
  /** Writes the results of this run (only these, so the file never outgrows the content). */
  save: () => void;
}

function load(file: string): Record<string, string> {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return cache.format === FORMAT ? cache.entries : {};
  } catch {
    return {};
  }
}

/** A `parseYaml` that remembers its results in `file`. */
export function yamlCache(file: string): YamlCache {
  const previous = load(file);
  const used: Record<string, string> = {};
  let changed = false;
  return {
    parse: (text) => {
      const digest = createHash('sha256').update(text).digest('base64url');
      const known = previous[digest];
      if (known !== undefined) {
        used[digest] = known;
        return JSON.parse(known) as unknown;
      }
      const value = parseYaml(text);
      const json = JSON.stringify(value);
      // Kept only when JSON gives the same value back (no NaN, Infinity or undefined in it).
      if (json !== undefined && isDeepStrictEqual(JSON.parse(json), value)) used[digest] = json;
      changed = true;
      return value;
    },
    save: () => {
      if (!changed && Object.keys(used).length === Object.keys(previous).length) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ format: FORMAT, entries: used } satisfies CacheFile));
    },
  };
}
