/**
 * A build cache on disk: files named by a digest of everything they are made from, kept between
 * builds (static hosts keep `node_modules/.cache`), so unchanged work is never done twice.
 */
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The folder of one build cache of the project at `root`: `node_modules/.cache/<name>`, which static hosts keep between builds. */
export function buildCacheDir(root: string, name: string): string {
  return join(root, 'node_modules', '.cache', name);
}

/** A cached file: where it is, and whether this call had to make it. */
export interface CachedFile {
  path: string;
  made: boolean;
}

/** True when a file exists. */
async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

let writes = 0;

/** Writes a file through a temporary sibling and a rename, so no reader ever sees half a file. */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  // Unique per process and per write, so two writes of the same file at once never share one.
  const temporary = `${path}.${process.pid}.${++writes}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/**
 * The file `name` in `dir`, made by `make` and stored the first time it is asked for.
 * @param name a name derived from a digest of all that `make` depends on
 */
export async function cachedFile(dir: string, name: string, make: () => Promise<Uint8Array>): Promise<CachedFile> {
  const path = join(dir, name);
  if (await exists(path)) return { path, made: false };
  const data = await make();
  await mkdir(dir, { recursive: true });
  await writeAtomically(path, data);
  return { path, made: true };
}
