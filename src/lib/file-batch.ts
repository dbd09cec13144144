/** File work over many files at once, so the disk and Node's I/O threads stay busy while JavaScript runs. */
import pLimit from 'p-limit';

/** How many file operations run at once: enough to overlap waiting on the disk, few enough to bound memory. */
export const FILE_CONCURRENCY = 16;

/** `work` applied to each item, at most `FILE_CONCURRENCY` at a time; the results in the items' order. */
export function forEachFile<T, R>(items: Iterable<T>, work: (item: T) => Promise<R>): Promise<R[]> {
  return pLimit(FILE_CONCURRENCY).map(items, work);
}
